<#-- The plain-text part. Same content as message.ftlh; lines stay short for mail readers. -->
Hello ${recipient.name},

<#if cases?has_content>
<#if cases?size == 1>Here is the brief of the funding case you follow<#else>Here are the briefs of the ${cases?size} funding cases you follow</#if>, as of ${reportDate}.

<#list cases as c>
${c.title} (${c.id})
  Ask: ${c.ask}
  NPV: ${c.npv}
  IRR: ${c.irr}
  Payback: ${c.payback}
  Status: ${c.status}
  Decision by: ${c.decisionBy}<#if c.decision?? && c.decision == "past">  ** DECISION DATE PASSED **<#elseif c.decision?? && c.decision == "soon">  ** DECISION DUE WITHIN TWO WEEKS **</#if>
<#if c.page??>  Page: ${c.page}
</#if>
<#if !c.attached>  Brief (too large to attach): ${c.brief!"-"}
</#if>

</#list>
</#if>
<#if portfolio??>
<#if portfolio.attached>The portfolio brief is attached.<#else>The portfolio brief was too large to attach: ${portfolio.brief!"-"}</#if>

</#if>
<#if kpisOffTarget?has_content>
KPIs off target:
<#list kpisOffTarget as k>
  - ${k.name}: ${k.latest} (target ${k.target}, ${k.status})<#if k.page??> ${k.page}</#if>
</#list>

</#if>
<#if changes??>
What changed since the baseline:
<#list changes as line>
  - ${line}
<#else>
  Nothing changed.
</#list>

</#if>
<#if overview??>
The whole report: ${overview}

</#if>
--
${title}<#if organization?has_content>, ${organization}</#if>
