package io.roadcase.read;

import static io.roadcase.read.Feed.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.Horizon;
import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoadmapTableTest {

    private static final RoadmapTable TABLE = Tables.ROADMAP;

    @Test
    void findsTheHeaderBelowTitleRowsAndMatchesHeadersLoosely() {
        Feed.Fed<Initiative> fed = Feed.sheet(TABLE,
                row("Acme roadmap 2026"),
                row(null, "maintained by the PMO"),
                row("  ID ", "Name", "Target Date", "Blocked-By", "STATUS"),
                row("CHK-1", "Checkout", "2026-Q3", "CHK-0", "WIP"));
        Initiative item = fed.only();
        assertThat(fed.problems()).isEmpty();
        assertThat(item.title()).isEqualTo("Checkout");
        assertThat(item.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(item.dependsOn()).containsExactly("CHK-0");
        assertThat(item.status()).isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThat(item.origin().row()).isEqualTo(4);
        assertThat(item.origin().at("end")).isEqualTo(Place.cell("book.xlsx", "Sheet1", "C4"));
    }

    @Test
    void reportsMissingRequiredColumnOnceWithTheColumnsFound() {
        Feed.Fed<Initiative> fed = Feed.sheet(TABLE,
                row("ID", "Owner", "Start"),
                row("A", "Ann", "2026-01"),
                row("B", "Bob", "2026-02"));
        assertThat(fed.records()).isEmpty();
        assertThat(fed.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.place()).isEqualTo(Place.cell("book.xlsx", "Sheet1", null));
            assertThat(p.message()).contains("missing title").contains("found columns \"ID\", \"Owner\", \"Start\"");
        });
    }

    @Test
    void looksForTheHeaderOnlyInTheFirstTenRows() {
        java.util.List<java.util.List<io.roadcase.source.Cell>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(row("title line " + i));
        }
        rows.add(row("id", "title"));
        rows.add(row("A", "Alpha"));
        @SuppressWarnings("unchecked")
        Feed.Fed<Initiative> fed = Feed.sheet(TABLE, rows.toArray(new java.util.List[0]));
        assertThat(fed.records()).isEmpty();
        assertThat(fed.problems()).singleElement().extracting(Problem::message).asString().contains("first 10 rows");
    }

    @Test
    void skipsBlankAndCommentRows() {
        Feed.Fed<Initiative> fed = Feed.sheet(TABLE,
                row("id", "title"),
                row(null, null),
                row("# parked ideas", "x"),
                row(null, "  # indented comment"),
                row("A", "Alpha"));
        assertThat(fed.records()).extracting(Initiative::id).containsExactly("A");
        assertThat(fed.problems()).isEmpty();
    }

    @Test
    void keepsUnknownColumnsAsExtraInHeaderOrder() {
        Feed.Fed<Initiative> fed = Feed.sheet(TABLE,
                row("Jira Epic", "id", "title", "Cost centre", "Blank one"),
                row("EP-9", "A", "Alpha", 4711, null));
        assertThat(fed.only().extra()).containsExactly(java.util.Map.entry("Jira Epic", "EP-9"),
                java.util.Map.entry("Cost centre", "4711"));
        assertThat(fed.only().origin().at("Cost centre")).isEqualTo(Place.cell("book.xlsx", "Sheet1", "D2"));
    }

    @Test
    void appliesDefaults() {
        Initiative item = Feed.sheet(TABLE, row("id", "title", "theme", "status"), row("A", "Alpha", null, null)).only();
        assertThat(item.theme()).isEqualTo("Other");
        assertThat(item.status()).isEqualTo(InitiativeStatus.PLANNED);
        assertThat(item.horizon()).isNull();
        assertThat(item.dependsOn()).isEmpty();
    }

    @Test
    void givesAMilestoneOneDate() {
        Feed.Fed<Initiative> fed = Feed.sheet(TABLE,
                row("id", "title", "start", "end", "milestone"),
                row("GA", "Launch", "2026-01-10", "2026-Q2", "yes"),
                row("BETA", "Beta", "2026-05", null, "x"));
        assertThat(fed.records().get(0).start()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(fed.records().get(0).end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(fed.records().get(1).start()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(fed.records().get(1).end()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void readsScoresFromNumbersPercentsAndWords() {
        Initiative item = Feed.sheet(TABLE,
                row("id", "title", "progress", "confidence", "impact", "reach", "effort", "horizon"),
                row("A", "Alpha", Feed.percentCell(0.45), "medium", "massive", "1,200", 3, "Next")).only();
        assertThat(item.progress()).isEqualTo(0.45);
        assertThat(item.confidence()).isEqualTo(0.8);
        assertThat(item.impact()).isEqualTo(3.0);
        assertThat(item.reach()).isEqualTo(1200.0);
        assertThat(item.effort()).isEqualTo(3.0);
        assertThat(item.horizon()).isEqualTo(Horizon.NEXT);
        Initiative numeric = Feed.sheet(TABLE, row("id", "title", "confidence", "impact"), row("B", "B", "70%", 0.5))
                .only();
        assertThat(numeric.confidence()).isEqualTo(0.7);
        assertThat(numeric.impact()).isEqualTo(0.5);
    }

    @Test
    void reportsEachBadCellAtItsCellAndStillKeepsTheRow() {
        Feed.Fed<Initiative> fed = Feed.sheet(TABLE,
                row("id", "title", "Due", "status", "link"),
                row("A", "Alpha", "next spring", "eventually", "javascript:alert(1)"));
        assertThat(fed.records()).hasSize(1);
        fed.problems().sort(Problem.BY_PLACE);
        assertThat(fed.problems()).extracting(p -> p.place().cell()).containsExactly("C2", "D2", "E2");
        assertThat(fed.problems().get(0).message()).isEqualTo(
                "column \"Due\": expected a date such as 2026-03-15, 2026-Q3 or Mar 2026, found \"next spring\"");
        assertThat(fed.problems().get(1).message()).contains("planned, in-progress, done, at-risk, blocked, cancelled");
    }

    @Test
    void requiresAnIdAndATitle() {
        Feed.Fed<Initiative> fed = Feed.sheet(TABLE, row("id", "title"), row(null, "No id"), row("B", null));
        assertThat(fed.records()).extracting(Initiative::id).containsExactly("B");
        assertThat(fed.problems()).extracting(Problem::message).containsExactly(
                "column \"id\": a value is required (id), found nothing",
                "column \"title\": a value is required (text), found nothing");
    }

    @Test
    void namesCsvPlacesByLineAndHeader() {
        Feed.Fed<Initiative> fed = Feed.csv(TABLE, row("id", "title", "Start"), row("A", "Alpha", "soon"));
        assertThat(fed.problems()).singleElement().extracting(Problem::place)
                .isEqualTo(Place.csv("data.csv", 2, "Start"));
        assertThat(fed.records().get(0).origin().at("title")).isEqualTo(Place.csv("data.csv", 2, "title"));
    }

    @Test
    void warnsAboutARepeatedColumnAndReadsTheFirst() {
        Feed.Fed<Initiative> fed = Feed.sheet(TABLE, row("id", "title", "Name"), row("A", "First", "Second"));
        assertThat(fed.only().title()).isEqualTo("First");
        assertThat(fed.problems()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(p.place().cell()).isEqualTo("C1");
        });
    }

    @Test
    void warnsForAnEmptySheet() {
        assertThat(Feed.sheet(TABLE).problems()).singleElement().extracting(Problem::level)
                .isEqualTo(Problem.Level.WARNING);
    }
}
