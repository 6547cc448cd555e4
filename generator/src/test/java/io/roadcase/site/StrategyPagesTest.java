package io.roadcase.site;

import static io.roadcase.Workbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.Workbook;
import io.roadcase.analyze.Analyzer;
import io.roadcase.model.Report;
import io.roadcase.read.PortfolioReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strategy page, one page per objective, the overview's objectives strip and epics on initiative pages. */
class StrategyPagesTest {

    private final Map<String, String> pages = SitePages.pages(SitePages.render(Fixtures.report()));

    private Document page(String path) {
        assertThat(pages).containsKey(path);
        return Jsoup.parse(pages.get(path));
    }

    @Test
    void navigationLinksTheStrategyPageOnlyWhenThereAreObjectives() {
        assertThat(page("kpis.html").select("nav.site-nav a").eachText()).contains("Strategy");
        assertThat(page("objectives/q1.html").select("nav.site-nav a[aria-current=page]").text()).isEqualTo("Strategy");
        Map<String, String> without = SitePages.pages(SitePages.render(Fixtures.report().withObjectives(List.of())));
        assertThat(without).doesNotContainKey("objectives.html");
        assertThat(Jsoup.parse(without.get("index.html")).select("nav.site-nav a").eachText()).doesNotContain("Strategy");
        assertThat(Jsoup.parse(without.get("index.html")).select("#objectives-strip")).isEmpty();
    }

    @Test
    void strategyPageListsParentsAboveChildrenWithKeyResultsAndInitiatives() {
        Document doc = page("objectives.html");
        List<Element> blocks = doc.select("section.objective-block");
        assertThat(blocks).extracting(e -> e.selectFirst("h2").text())
                .containsExactly("Grow checkout revenue", "Faster checkout");
        assertThat(blocks.get(1).hasClass("objective-depth-1")).isTrue();
        Element q1 = blocks.get(1);
        assertThat(q1.select("p.status-line").text()).contains("At risk", "Q1 2027", "Serves Grow checkout revenue");
        assertThat(q1.select("dl.figures").text()).contains("Key results progress 40.0%", "Initiatives done 0.0%",
                "Time elapsed 0.0%");
        Element keyResult = q1.selectFirst("caption:containsOwn(Key results of) + thead + tbody tr");
        assertThat(keyResult.select("th a").attr("href")).isEqualTo("kpis/conv.html");
        assertThat(keyResult.select("td").eachText()).contains("40.0%");
        assertThat(keyResult.select("img.sparkline").attr("src")).isEqualTo("charts/kpi-sparkline/conv.svg");
        Element initiative = q1.selectFirst("caption:containsOwn(Initiatives serving) + thead + tbody tr");
        assertThat(initiative.select("th a").attr("href")).isEqualTo("initiatives/CHK-1.html");
        assertThat(initiative.select("td").eachText()).contains("iIn progress", "45.0%", "1 Jul 2026", "28 Feb 2027");
        // The goal without key results of its own shows its children's, and says so.
        assertThat(blocks.get(0).select("dl.figures").text()).contains("with the objectives below: 40.0%");
        assertThat(blocks.get(0).text()).contains("No key results");
    }

    @Test
    void eachObjectiveHasItsOwnPage() {
        Document q1 = page("objectives/q1.html");
        assertThat(q1.select("h1").text()).isEqualTo("Faster checkout");
        assertThat(q1.select("a[href=../objectives/grow.html]").text()).isEqualTo("Grow checkout revenue");
        assertThat(q1.select("dl.fields").text()).contains("Tier", "company");
        Document grow = page("objectives/grow.html");
        assertThat(grow.select("#below + ul a").attr("href")).isEqualTo("../objectives/q1.html");
        assertThat(grow.select(".prose strong").text()).isEqualTo("growth");
    }

    @Test
    void overviewShowsTopObjectivesAndInitiativePagesTheirObjective() {
        Element strip = page("index.html").selectFirst("section[aria-labelledby=objectives-strip]");
        assertThat(strip.select("li")).singleElement().satisfies(li -> {
            assertThat(li.select("a").attr("href")).isEqualTo("objectives/grow.html");
            assertThat(li.text()).contains("Grow checkout revenue", "At risk", "40.0%", "2027");
        });
        assertThat(page("initiatives/CHK-1.html").select("dl.fields a[href=../objectives/q1.html]").text())
                .isEqualTo("Faster checkout");
    }

    @Test
    void anEpicsPageListsItsItemsWithTheRolledUpProgressAndIsValidHtml(@TempDir Path folder) throws Exception {
        new Workbook().sheet("roadmap",
                row("id", "title", "status", "start", "end", "effort", "progress", "parent"),
                row("EP", "Payments epic", "in progress", null, null, null, null, null),
                row("S1", "Card form", "done", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), 2, null, "EP"),
                row("S2", "Wallets", "in progress", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), 6, 0.5, "EP"))
                .write(folder.resolve("plan.xlsx"));
        LocalDate date = LocalDate.of(2026, 3, 16);
        PortfolioReader.ReadResult read = PortfolioReader.read(folder, date, null);
        Report report = Analyzer.analyze(read.portfolio(), date, read.problems());
        Map<String, String> epicPages = SitePages.pages(SitePages.render(report));
        Document epic = Jsoup.parse(epicPages.get("initiatives/EP.html"));
        assertThat(epic.select("#children + p strong").text()).isEqualTo("62.5%"); // (2 × 1 + 6 × 0.5) ÷ 8
        assertThat(epic.select("#children ~ div tbody th a").eachAttr("href"))
                .containsExactly("../initiatives/S1.html", "../initiatives/S2.html");
        assertThat(epic.select("dl.fields").text()).contains("Start Jan 1, 2026", "End Apr 30, 2026", "Progress 62.5%");
        assertThat(Jsoup.parse(epicPages.get("initiatives/S1.html")).select("dl.fields a[href=../initiatives/EP.html]")
                .text()).isEqualTo("Payments epic");
        assertThat(ValidHtmlTest.errors(Map.of("initiatives/EP.html", epicPages.get("initiatives/EP.html"),
                "initiatives/S1.html", epicPages.get("initiatives/S1.html")))).isEmpty();
    }
}
