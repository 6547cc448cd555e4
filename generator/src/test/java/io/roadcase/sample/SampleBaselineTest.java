package io.roadcase.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Config;
import io.roadcase.Generator;
import io.roadcase.GeneratorTestSupport;
import io.roadcase.changes.ChangeText;
import io.roadcase.chart.Theme;
import io.roadcase.model.Change;
import io.roadcase.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's committed October baseline: what the writer writes, and the changes the sample site shows. */
class SampleBaselineTest {

    /** Where the sample-data module's pom points its {@code baseline} parameter. */
    static final Path BASELINE = Path.of("../sample-data/baseline/data.json");

    @Test
    void committedBaselineIsWhatTheWriterWrites() throws IOException {
        assertThat(new String(Files.readAllBytes(BASELINE), StandardCharsets.UTF_8))
                .as("%s differs from SampleBaselineWriter's output: regenerate (see sample-data/README.md)", BASELINE)
                .isEqualTo(new String(SampleBaselineWriter.write(GeneratorTestSupport.SAMPLE), StandardCharsets.UTF_8));
    }

    @Test
    void theSampleShowsWhatChangedSinceOctoberMostImportantFirst(@TempDir Path out) {
        Report report = new Generator(Config.of(GeneratorTestSupport.SAMPLE, out)
                .withReportDate(LocalDate.of(2026, 11, 24)).withBaseline(BASELINE.toString())).report();
        ChangeText text = new ChangeText(io.roadcase.look.Formats.of(report.settings()), report);
        List<String> lines = report.changes().shown().stream().map(text::line).toList();

        assertThat(report.changes().baselineDate()).isEqualTo(LocalDate.of(2026, 10, 24));
        // The sample has no locale setting: en-US dates.
        assertThat(lines).containsExactly(
                "Initiative Route-aware dispatch suggestions: End slipped: Nov 27, 2026 → Dec 18, 2026 (+21 days)",
                "Initiative Self-serve sign-up with card payment: End slipped: Dec 18, 2026 → Jan 29, 2027 (+42 days)",
                "KPI Net Promoter Score: Status: On target → Near target",
                "Initiative In-app plan upgrades: Status: In progress → At risk",
                "Initiative Partner referral portal: Removed",
                "Funding case EU data residency region (Frankfurt): Decision by slipped: Nov 26, 2026 → Dec 10, 2026 "
                        + "(+14 days)",
                "Risk AI suggestions are wrong on billing questions: Added",
                "Risk Android camera regression on 14 % of devices: Score: 9 → 15 (+6)",
                "Risk Android camera regression on 14 % of devices: Rating: High → Critical",
                "KPI Net Promoter Score: Latest value: 46 points → 42 points (−4 points)",
                "Funding case EU data residency region (Frankfurt): Ask: EUR 1,650,000 → EUR 1,770,000 (+EUR 120,000)",
                "Initiative Van stock and parts reservations: Horizon: Later → Next",
                "Initiative Self-serve sign-up with card payment: Progress: 35.0% → 45.0% (+10.0 pp)",
                "Initiative Unified observability stack: Progress: 15.0% → 25.0% (+10.0 pp)",
                "Funding case AI-assisted ticket triage pilot: Added");
        assertThat(report.changes().ofCase("fc-self-serve")).extracting(Change::id).contains("GRW-301", "GRW-304");
    }
}
