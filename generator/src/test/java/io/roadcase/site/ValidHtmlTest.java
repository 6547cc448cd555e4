package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** Every page passes the Nu HTML checker (the W3C validator) without a single error. */
class ValidHtmlTest {

    @Test
    void everyPageIsValidHtml5() throws Exception {
        assertNoErrors(SitePages.pages(SitePages.render(Fixtures.report())));
    }

    @Test
    void pagesWithHostileTextAreValidHtml5() throws Exception {
        assertNoErrors(SitePages.pages(SitePages.render(
                Fixtures.report("<script>alert(1)</script>\"><img src=x onerror=alert(1)>"))));
    }

    @Test
    void pagesWithChangesSinceABaselineAreValidHtml5() throws Exception {
        Map<String, String> pages = SitePages.pages(SitePages.render(WithChanges.report(null)));
        assertThat(pages).containsKey("changes.html");
        assertThat(pages.get("index.html")).contains("href=\"changes.html\"");
        assertThat(pages.get("initiatives/CHK-1.html")).contains("Changed since", "End slipped", "+14 days");
        assertThat(pages.get("changes.html")).contains("Dropped work", "href=\"initiatives/CHK-1.html\"");
        assertNoErrors(pages);
    }

    @Test
    void validatorReportsAnInvalidPage() throws Exception {
        String page = "<!DOCTYPE html><html lang=en><head><title>t</title></head><body><table><td scope=x>1</table>"
                + "<p><div>no</div></body></html>";
        assertThat(errors(Map.of("broken.html", page))).isNotEmpty();
    }

    private static void assertNoErrors(Map<String, String> pages) throws Exception {
        assertThat(errors(pages)).as("validator errors").isEmpty();
    }

    static List<String> errors(Map<String, String> pages) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        // The validator switches log4j 1 to debug on the console; FreeMarker would then log every lookup.
        org.apache.log4j.Logger.getLogger("freemarker").setLevel(org.apache.log4j.Level.WARN);
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String messages = validator.validate(
                    new ByteArrayInputStream(page.getValue().getBytes(StandardCharsets.UTF_8)));
            for (String line : messages.split("\n")) {
                if (line.contains("error:")) {
                    errors.add(page.getKey() + ": " + line);
                }
            }
        }
        return errors;
    }
}
