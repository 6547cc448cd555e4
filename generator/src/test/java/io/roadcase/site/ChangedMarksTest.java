package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.model.Change;
import io.roadcase.model.Report;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The small "Changed" marks on the overview's cards and rows and on the roadmap's board and tables: each
 * links to its thing's first row on the changes page, and nothing is marked without a baseline.
 */
class ChangedMarksTest {

    @Test
    void changedThingsAreMarkedAndEachMarkLinksToItsRowOnTheChangesPage() {
        Map<String, String> pages = SitePages.pages(SitePages.render(WithChanges.report(null)));
        Document changes = Jsoup.parse(pages.get("changes.html"));
        Document index = Jsoup.parse(pages.get("index.html"));
        Document roadmap = Jsoup.parse(pages.get("roadmap.html"));

        // Every dated item ended 14 days earlier in the baseline: each overview card is marked.
        Element card = index.select("li.card").stream().filter(li -> li.text().contains("One-click checkout"))
                .findFirst().orElseThrow();
        Element mark = card.selectFirst("a.changed-mark");
        assertThat(mark).isNotNull();
        assertThat(mark.attr("href")).isEqualTo("changes.html#changed-initiative-CHK-1");
        assertThat(mark.text()).isEqualTo("Changed since 24 Oct 2026: End slipped");
        assertThat(mark.attr("title")).isEqualTo("End slipped: 14 Feb 2027 → 28 Feb 2027");
        // KPIs and cases did not change: no marks in their rows.
        assertThat(index.select("table.scorecard a.changed-mark")).isEmpty();

        assertThat(roadmap.select("section[aria-labelledby=board] li.card a.changed-mark")).hasSize(4);
        assertThat(roadmap.select("section[aria-labelledby=ranking] a.changed-mark")).hasSize(4);
        assertThat(roadmap.select("section[aria-labelledby=timeline] a.changed-mark")).hasSize(4);

        // Each thing's first row carries the anchor, once; every mark's fragment exists.
        assertThat(changes.select("tr[id]")).extracting(e -> e.id()).doesNotHaveDuplicates()
                .contains("changed-initiative-CHK-1", "changed-initiative-OLD-1");
        for (Document page : List.of(index, roadmap)) {
            for (Element a : page.select("a.changed-mark")) {
                String fragment = a.attr("href").substring(a.attr("href").indexOf('#') + 1);
                assertThat(changes.getElementById(fragment)).as(a.attr("href")).isNotNull();
            }
        }
    }

    @Test
    void withoutABaselineNothingIsMarked() {
        Map<String, String> pages = SitePages.pages(SitePages.render(Fixtures.report()));

        assertThat(pages).doesNotContainKey("changes.html");
        pages.forEach((name, html) -> assertThat(html).as(name).doesNotContain("changed-mark", "changes.html"));
    }

    @Test
    void anyIdGivesAValidDistinctAnchor() {
        Report report = WithChanges.report(null);
        ChangeMarks marks = new ChangeMarks(report, new PageFormats(io.roadcase.look.Formats.of(report.settings())));
        Change a = new Change(Change.Kind.ADDED, Change.Entity.RISK, "Vendor: late / \"API\" é", null, null, null,
                null, null, null, null);
        Change b = new Change(Change.Kind.ADDED, Change.Entity.RISK, "Vendor: late / \"API\" e", null, null, null,
                null, null, null, null);

        assertThat(marks.anchor(a)).matches("[A-Za-z0-9._-]+").isNotEqualTo(marks.anchor(b));
        assertThat(marks.anchor(a)).isEqualTo("changed-risk-Vendor.3a..20.late.20..2f..20..22.API.22..20..e9.");
    }
}
