package io.roadcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Jira export dropped into the sample data folder comes out as roadmap items on the site. */
class ToolExportSiteTest {

    @TempDir
    Path tmp;

    @Test
    void aJiraExportBesideTheSampleDataBecomesRoadmapPages() throws Exception {
        Path data = GeneratorTestSupport.copySample(tmp.resolve("data"));
        Files.copy(Path.of(getClass().getResource("read/export/jira-cloud/Jira.csv").toURI()), data.resolve("Jira.csv"));
        Path out = tmp.resolve("out");
        Result result = new Generator(Config.of(data, out).withReportDate(LocalDate.of(2026, 11, 24))).generate();
        assertThat(result.problems()).noneMatch(Problem::isError);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("read as a Jira export"));
        assertThat(out.resolve("initiatives/PAY-10.html")).content().contains("Checkout redesign")
                .contains("Grow self-service revenue").contains("PAY Sprint 14, PAY Sprint 15");
        assertThat(out.resolve("roadmap.html")).content().contains("Fraud scoring v2");
        assertThat(out.resolve("data.json")).content().contains("\"PAY-11\"");
    }
}
