<#-- The subject line: the setting mail_subject when given, else the title and the report date. -->
<#if subject??>${subject}<#else>${title}: your briefs as of ${reportDate}</#if>
