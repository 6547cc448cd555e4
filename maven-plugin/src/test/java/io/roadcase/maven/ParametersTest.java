package io.roadcase.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadcase.Config.Part;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ParametersTest {

    @Test
    void readsReportDate() throws Exception {
        assertThat(Parameters.reportDate(" 2026-11-24 ")).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void leavesReportDateOpenWhenNotGiven(String text) throws Exception {
        assertThat(Parameters.reportDate(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"24.11.2026", "2026-13-01", "2026-11", "tomorrow"})
    void rejectsReportDateThatIsNotIsoDate(String text) {
        assertThatThrownBy(() -> Parameters.reportDate(text))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("expected YYYY-MM-DD");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-24T00:00:00Z, 2026-11-24",
        "2026-11-24T23:59:59Z, 2026-11-24",
        // The date is taken in UTC, as Maven's archivers store the instant.
        "2026-11-24T23:30:00-02:00, 2026-11-25",
        "2026-11-24T01:00:00+02:00, 2026-11-23",
        "1795478400, 2026-11-24",
        "0, 1970-01-01",
    })
    void readsOutputTimestampLikeMaven(String timestamp, LocalDate date) throws Exception {
        assertThat(Parameters.outputTimestampDate(timestamp)).isEqualTo(date);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a", " "})
    void ignoresUnsetOrSwitchedOffOutputTimestamp(String timestamp) throws Exception {
        assertThat(Parameters.outputTimestampDate(timestamp)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24", "yesterday", "2026-11-24 10:00"})
    void rejectsOutputTimestampMavenWouldReject(String timestamp) {
        assertThatThrownBy(() -> Parameters.outputTimestampDate(timestamp))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("project.build.outputTimestamp '" + timestamp + "'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", ",", " , "})
    void selectsEveryPartWhenOnlyIsEmpty(String only) throws Exception {
        assertThat(Parameters.parts(only)).containsExactly(Part.SITE, Part.PDF, Part.JSON);
    }

    @Test
    void readsOnlyLooselyAndInAnyOrder() throws Exception {
        assertThat(Parameters.parts(" JSON, site ")).containsExactlyInAnyOrder(Part.SITE, Part.JSON);
        assertThat(Parameters.parts("pdf,pdf")).containsExactly(Part.PDF);
    }

    @Test
    void rejectsUnknownPartNamingItAndTheAcceptedOnes() {
        assertThatThrownBy(() -> Parameters.parts("site,html"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("'html'")
                .hasMessageContaining("site, pdf, json");
    }

    @Test
    void acceptsAnExistingTemplateFolderAndNone(@TempDir Path dir) throws Exception {
        assertThat(Parameters.templateFolder(dir.toFile())).isEqualTo(dir);
        assertThat(Parameters.templateFolder(null)).isNull();
    }

    @Test
    void rejectsTemplateFolderThatIsMissingOrAFile(@TempDir Path dir) throws Exception {
        File missing = dir.resolve("templates").toFile();
        File file = Files.writeString(dir.resolve("index.ftlh"), "x").toFile();

        assertThatThrownBy(() -> Parameters.templateFolder(missing))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("templateDirectory " + missing + " is not a folder");
        assertThatThrownBy(() -> Parameters.templateFolder(file)).isInstanceOf(MojoFailureException.class);
    }
}
