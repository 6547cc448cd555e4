package io.roadcase.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.model.Report;
import io.roadcase.render.MemoryOutput;
import io.roadcase.PdfText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefs read with a PDF reader: the portfolio brief's objectives section, and the objectives a case serves. */
class ObjectivesBriefTest {

    @TempDir
    Path dataDir;

    @Test
    void portfolioBriefListsObjectivesParentsFirstWithTheirKeyResults() throws IOException {
        String text = text(render(Fixtures.report()).bytes("pdf/portfolio.pdf"));
        int section = text.indexOf("Objective Period Status Key results Initiatives done Time");
        assertThat(section).as(text).isPositive();
        String objectives = text.substring(section, text.indexOf("Id Initiative BriefTheme", section));
        assertThat(objectives).contains("Grow checkout revenue 2027 At risk 40.0% 0.0% 0.0%",
                "Faster checkout Q1 2027 At risk 40.0% 0.0% 0.0%");
        assertThat(objectives.indexOf("Grow checkout revenue")).isLessThan(objectives.indexOf("Faster checkout"));
        assertThat(objectives).contains("Objective Key result Latest Target Status Progress",
                "Faster checkout Checkout conversion 4.5% 5.0% Off target 40.0%");
        // The scorecard comes first, the roadmap after.
        assertThat(text.indexOf("KPI scorecard")).isLessThan(section);
    }

    @Test
    void aBriefWithoutObjectivesHasNoObjectivesSection() throws IOException {
        String text = text(render(Fixtures.report().withObjectives(List.of())).bytes("pdf/portfolio.pdf"));
        assertThat(text).doesNotContain("Objective Period Status", "Grow checkout revenue");
        assertThat(text(render(Fixtures.report().withObjectives(List.of())).bytes("pdf/checkout.pdf")))
                .doesNotContain("bjectives it serves", "Objective Period Status");
    }

    @Test
    void caseBriefNamesTheObjectivesItsInitiativesServe() throws IOException {
        String text = text(render(Fixtures.report()).bytes("pdf/checkout.pdf"));
        // CHK-1 serves q1; CHK-2 serves none.
        // Headings are set with a spaced initial ("O bjectives"); the table's header row is plain text.
        assertThat(text).contains("bjectives it serves",
                "Objective Period Status Key results Faster checkout Q1 2027 At risk 40.0%");
        assertThat(text).doesNotContain("Grow checkout revenue");
        assertThat(text(render(Fixtures.report()).bytes("pdf/data-lake.pdf"))).doesNotContain("bjectives it serves");
    }

    private MemoryOutput render(Report report) throws IOException {
        MemoryOutput out = new MemoryOutput();
        new PdfRenderer(dataDir).render(report, out, List.of());
        return out;
    }

    /** By position: the tables are drawn after the headings in the content stream. */
    private static String text(byte[] pdf) throws IOException {
        return PdfText.flatByPosition(pdf);
    }
}
