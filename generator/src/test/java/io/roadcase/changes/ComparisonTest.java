package io.roadcase.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.roadcase.Fixtures;
import io.roadcase.changes.Snapshot.Item;
import io.roadcase.changes.Snapshot.Metric;
import io.roadcase.json.DataJson;
import io.roadcase.model.Change;
import io.roadcase.model.Changes;
import io.roadcase.model.Report;
import io.roadcase.render.MemoryOutput;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparing a report with its baseline: what is found, in what order; and reading a baseline back. */
class ComparisonTest {

    private static final LocalDate BEFORE = LocalDate.of(2026, 10, 24);

    @Test
    void anIdenticalBaselineGivesNoChanges() throws Exception {
        Report report = Fixtures.report();
        Snapshot read = BaselineReader.read(json(report), "data.json");

        Changes changes = Comparison.compare(read, Snapshot.of(report));

        assertThat(changes.hasBaseline()).isTrue();
        assertThat(changes.all()).isEmpty();
    }

    @Test
    void slipsOfWorkInProgressComeFirstThenKpisTurningOffTarget() {
        Snapshot now = Snapshot.of(Fixtures.report());
        List<Item> items = new ArrayList<>();
        for (Item i : now.initiatives()) {
            // CHK-1 is in progress: in the baseline it ended a month earlier.
            items.add(i.id().equals("CHK-1") ? new Item(i.id(), i.title(), i.status(), i.start(),
                    i.end().minusDays(28), i.horizon(), i.progress(), i.confidence(), i.dependsOn(), i.fundingCase())
                    : i);
        }
        items.add(new Item("OLD-1", "Dropped work", "planned", null, null, "later", null, null, List.of(), null));
        List<Metric> kpis = new ArrayList<>();
        for (Metric k : now.kpis()) {
            kpis.add(k.status().equals("red") || k.status().equals("amber")
                    ? new Metric(k.id(), k.name(), "green", k.latest(), k.latestDate(), k.target(), k.targetDate()) : k);
        }
        Snapshot before = new Snapshot(BEFORE, "Last month", items, kpis, now.fundingCases(), now.risks(),
                List.of("Someone who left"));

        List<Change> changes = Comparison.compare(before, now).all();

        assertThat(changes).isNotEmpty();
        Change first = changes.get(0);
        assertThat(first.kind()).isEqualTo(Change.Kind.SLIPPED);
        assertThat(first.id()).isEqualTo("CHK-1");
        assertThat(first.field()).isEqualTo("end");
        assertThat(first.delta()).isEqualTo(28.0);
        assertThat(changes.get(1).entity()).isEqualTo(Change.Entity.KPI);
        assertThat(changes.get(1).field()).isEqualTo("status");
        assertThat(changes.get(1).from()).isEqualTo("green");
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.REMOVED);
            assertThat(c.id()).isEqualTo("OLD-1");
            assertThat(c.from()).isEqualTo("Dropped work");
        });
        Change last = changes.get(changes.size() - 1);
        assertThat(last.entity()).isEqualTo(Change.Entity.STAKEHOLDER);
        assertThat(last.kind()).isEqualTo(Change.Kind.REMOVED);
    }

    @Test
    void aBaselineOfAnotherSchemaVersionIsRefusedWithAClearMessage() {
        byte[] json = "{\"schemaVersion\": 2, \"reportDate\": \"2026-10-24\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BaselineReader.read(json, "old/data.json"))
                .isInstanceOf(BaselineException.class)
                .hasMessageContaining("schemaVersion " + DataJson.SCHEMA_VERSION)
                .hasMessageContaining("found schemaVersion 2").hasMessageContaining("old/data.json");
    }

    @Test
    void textThatIsNotJsonIsRefusedWithItsLine() {
        byte[] json = "{\n\"schemaVersion\": 1,\n oops".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BaselineReader.read(json, "broken.json"))
                .isInstanceOf(BaselineException.class).hasMessageContaining("not JSON").hasMessageContaining("line 3");
    }

    @Test
    void theListsNoChangeIsLookedInAreSkippedButStillMustBeJson() throws Exception {
        String kpi = "{\"id\": \"k\", \"name\": \"K\", \"status\": \"green\", \"latest\": {\"date\": \"2026-10-01\","
                + " \"value\": 5}, \"observations\": [%s]}";
        String top = "{\"schemaVersion\": 1, \"reportDate\": \"2026-10-24\", \"kpis\": [%s], \"problems\": []}";
        String values = "{\"date\": \"2026-09-01\", \"value\": 4}, {\"date\": \"2026-10-01\", \"value\": 5}";

        Snapshot read = BaselineReader.read(top.formatted(kpi.formatted(values)).getBytes(StandardCharsets.UTF_8), "a");
        assertThat(read.kpis()).extracting(Metric::id, Metric::latest).containsExactly(tuple("k", 5.0));

        byte[] broken = top.formatted(kpi.formatted("{\"date\": \"2026-09-01\",\n \"value\": }"))
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BaselineReader.read(broken, "broken.json"))
                .isInstanceOf(BaselineException.class).hasMessageContaining("not JSON").hasMessageContaining("line 2");
    }

    private static byte[] json(Report report) throws Exception {
        MemoryOutput out = new MemoryOutput();
        DataJson.write(report, out);
        return out.text(DataJson.FILE).getBytes(StandardCharsets.UTF_8);
    }
}
