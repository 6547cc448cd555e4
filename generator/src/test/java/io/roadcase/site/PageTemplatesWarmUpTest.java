package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PageTemplatesWarmUpTest {

    /** The templates module's site folder, beside this module in the checkout. */
    private static final Path SITE = Path.of("../templates/src/main/resources/io/roadcase/templates/site");

    @Test
    void warmsUpEveryBuiltInSiteTemplate() throws IOException {
        try (Stream<Path> files = Files.list(SITE)) {
            assertThat(files.map(file -> file.getFileName().toString().replace(".ftlh", "")))
                    .containsExactlyInAnyOrderElementsOf(PageTemplates.SITE_TEMPLATES);
        }
    }
}
