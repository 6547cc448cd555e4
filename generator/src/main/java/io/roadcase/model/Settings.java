package io.roadcase.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The {@code settings} table with every default applied. {@code reportDate} is the date from the
 * sheet (null when not set; the generator decides the final report date). {@code logo} is a path
 * relative to the data directory, or null. {@code kpiYear} is the year of month headers without one
 * in the wide {@code kpi_values} layout, or null. {@code siteUrl} is where the output folder is
 * published (ends with {@code /}), or null; messages link to it.
 */
public record Settings(
        String title,
        String organization,
        String currency,
        double discountRate,
        LocalDate reportDate,
        int fiscalYearStart,
        Locale locale,
        String dateFormat,
        String confidentiality,
        String brandColor,
        String logo,
        double sensitivity,
        PageSize pageSize,
        Integer kpiYear,
        String siteUrl,
        MailSettings mail) {

    /** Settings without a {@code kpi_year}, a site address or mail settings. */
    public Settings(String title, String organization, String currency, double discountRate, LocalDate reportDate,
            int fiscalYearStart, Locale locale, String dateFormat, String confidentiality, String brandColor,
            String logo, double sensitivity, PageSize pageSize) {
        this(title, organization, currency, discountRate, reportDate, fiscalYearStart, locale, dateFormat,
                confidentiality, brandColor, logo, sensitivity, pageSize, null, null, MailSettings.DEFAULTS);
    }

    /** These settings with another {@code kpi_year}. */
    public Settings withKpiYear(Integer year) {
        return new Settings(title, organization, currency, discountRate, reportDate, fiscalYearStart, locale,
                dateFormat, confidentiality, brandColor, logo, sensitivity, pageSize, year, siteUrl, mail);
    }

    /** Settings when the data has no settings table. */
    public static final Settings DEFAULTS = new Settings("Roadmap and business cases", "", "USD", 0.10, null, 1,
            Locale.forLanguageTag("en-US"), null, "", "#1f5fad", null, 0.20, PageSize.A4);

}
