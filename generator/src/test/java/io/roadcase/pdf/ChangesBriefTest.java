package io.roadcase.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.changes.Comparison;
import io.roadcase.changes.Snapshot.Case;
import io.roadcase.changes.Snapshot.Item;
import io.roadcase.changes.Snapshot;
import io.roadcase.model.Report;
import io.roadcase.render.MemoryOutput;
import io.roadcase.PdfText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "What changed" section of the portfolio brief and of each case brief, read back with PDFBox. */
class ChangesBriefTest {

    private static final LocalDate BEFORE = LocalDate.of(2026, 10, 24);

    @TempDir
    Path dataDir;

    @Test
    void portfolioBriefListsTheChangesGroupedMostImportantFirst() throws IOException {
        Report report = changed(0);

        String text = text(render(report).bytes("pdf/portfolio.pdf"));

        assertThat(text).contains("What changed", "3 changes since the report of 24 October 2026 (Last month), "
                + "most important first.");
        // The slip of work in progress is the most important change: its group comes first. (A page's
        // headings come out of the PDF before its tables.)
        assertThat(text).containsSubsequence("What changed", "Initiatives", "Funding cases",
                "Initiative Change Was Now Moved",
                "One-click checkout End slipped 31 Jan 2027 28 Feb 2027 +28 days",
                "Funding case Change Was Now Moved", "Checkout modernisation Status Draft Proposed",
                "Checkout modernisation Ask USD 400,000 USD 450,000 +USD 50,000", "KPI scorecard");
        assertThat(text).doesNotContain("more on the changes page");
    }

    @Test
    void aLongListIsCutAfterTheMostImportantWithHowManyMore() throws IOException {
        Report report = changed(30);
        int shown = report.changes().shown().size();
        assertThat(shown).isEqualTo(33);

        String text = text(render(report).bytes("pdf/portfolio.pdf"));

        assertThat(text).contains("33 changes since the report of 24 October 2026 (Last month), the 25 most "
                + "important first.", "… and 8 more on the changes page of the site.");
        // The slip first, then dropped work; the case's status and ask rank lower and are cut.
        assertThat(text).containsSubsequence("One-click checkout End slipped", "Old work 1 Removed",
                "Old work 24 Removed", "KPI scorecard");
        assertThat(text).doesNotContain("Old work 25 ", "Old work 30 ", "Status Draft Proposed");
    }

    @Test
    void aCaseBriefShowsOnlyThatCasesChanges() throws IOException {
        Report report = changed(3);
        MemoryOutput out = render(report);

        String checkout = text(out.bytes("pdf/checkout.pdf"));
        assertThat(checkout).containsSubsequence("Executive summary", "What changed",
                "3 changes since the report of 24 October 2026", "One-click checkout End slipped", "+28 days",
                "Status Draft Proposed", "Ask USD 400,000 USD 450,000", "The case");
        assertThat(checkout).doesNotContain("Old work");

        String dataLake = text(out.bytes("pdf/data-lake.pdf"));
        assertThat(dataLake).contains("What changed", "No changes since the report of 24 October 2026 (Last month).");
        assertThat(dataLake).doesNotContain("End slipped", "Old work");

        try (PDDocument doc = Loader.loadPDF(out.bytes("pdf/checkout.pdf"))) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            assertThat(top).containsExactly("Cover", "Executive summary", "What changed", "The case", "Financials",
                    "Risks", "Delivery and KPIs");
        }
    }

    @Test
    void withoutABaselineNoBriefHasTheSection() throws IOException {
        MemoryOutput out = render(Fixtures.report());

        for (String pdf : List.of("pdf/portfolio.pdf", "pdf/checkout.pdf", "pdf/data-lake.pdf")) {
            assertThat(text(out.bytes(pdf))).as(pdf).doesNotContain("What changed", "changes since");
        }
    }

    /**
     * The fixtures compared with a baseline where CHK-1 (in progress, funded by checkout) ended 28 days
     * earlier, the checkout case was a draft asking 400,000, and {@code removed} more initiatives existed.
     */
    private static Report changed(int removed) {
        Report report = Fixtures.report();
        Snapshot now = Snapshot.of(report);
        List<Item> items = new ArrayList<>();
        for (Item i : now.initiatives()) {
            items.add(i.id().equals("CHK-1") ? new Item(i.id(), i.title(), i.status(), i.start(),
                    i.end().minusDays(28), i.horizon(), i.progress(), i.confidence(), i.dependsOn(), i.fundingCase())
                    : i);
        }
        for (int n = 1; n <= removed; n++) {
            items.add(new Item("OLD-" + n, "Old work " + n, "planned", null, null, "later", null, null, List.of(),
                    null));
        }
        List<Case> cases = new ArrayList<>();
        for (Case c : now.fundingCases()) {
            cases.add(c.id().equals("checkout") ? new Case(c.id(), c.title(), "draft", c.currency(), 400000.0, c.npv(),
                    c.irr(), c.paybackYears(), c.decisionBy()) : c);
        }
        Snapshot before = new Snapshot(BEFORE, "Last month", items, now.kpis(), cases, now.risks(),
                now.stakeholders());
        return report.withChanges(Comparison.compare(before, now));
    }

    private MemoryOutput render(Report report) throws IOException {
        MemoryOutput out = new MemoryOutput();
        new PdfRenderer(dataDir).render(report, out, List.of());
        return out;
    }

    private static String text(byte[] pdf) throws IOException {
        return PdfText.flat(pdf);
    }
}
