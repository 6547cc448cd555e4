package io.roadcase.site;

import java.time.LocalDate;

/**
 * What every page shows around its content, from the settings.
 *
 * @param organization    may be blank
 * @param confidentiality the label shown in the header and footer; may be blank
 * @param logo            the logo's path from the site root, or null
 * @param briefs          whether this run writes the PDF briefs, so pages may link to them
 */
public record SiteInfo(
        String title,
        String organization,
        String confidentiality,
        LocalDate reportDate,
        String logo,
        Brand brand,
        boolean briefs) {
}
