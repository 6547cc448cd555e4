package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.model.Report;
import io.roadcase.render.MemoryOutput;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SiteRendererTest {

    private static final Report REPORT = Fixtures.report();

    @Test
    void writesEveryPageOfTheOutputContract() {
        MemoryOutput output = SitePages.render(REPORT);

        assertThat(SitePages.pages(output).keySet()).containsExactlyInAnyOrder(
                "index.html", "roadmap.html", "kpis.html", "funding.html",
                "initiatives/CHK-1.html", "initiatives/CHK-2.html", "initiatives/OPS-7.html", "initiatives/GA-1.html",
                "kpis/conv.html", "kpis/mttr.html", "kpis/nps.html",
                "funding/checkout.html", "funding/data-lake.html",
                "objectives.html", "objectives/grow.html", "objectives/q1.html");
        assertThat(output.files()).containsKeys("assets/css/roadcase.css", "assets/fonts/DejaVuSans.woff",
                "assets/fonts/DejaVuSans-Bold.woff", "assets/fonts/DejaVu-LICENSE.txt");
    }

    @Test
    void everyLinkAndAssetResolvesToAWrittenFile() {
        MemoryOutput output = SitePages.render(REPORT);
        Set<String> files = new HashSet<>(output.files().keySet());
        files.addAll(SitePages.otherStagesFiles(REPORT));

        List<String> broken = new ArrayList<>();
        SitePages.pages(output).forEach((path, html) -> {
            Document page = Jsoup.parse(html);
            for (Element e : page.select("[href], [src]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (target.startsWith("https:") || target.startsWith("http:") || target.startsWith("mailto:")) {
                    continue;
                }
                assertThat(target).as("relative link on %s", path).doesNotStartWith("/").doesNotContain("//");
                URI resolved = URI.create("site:/" + path).resolve(target);
                String file = resolved.getPath().substring(1);
                if (!files.contains(file)) {
                    broken.add(path + " -> " + target);
                } else if (resolved.getFragment() != null && file.equals(path)
                        && page.getElementById(resolved.getFragment()) == null) {
                    broken.add(path + " -> #" + resolved.getFragment() + " (no such id)");
                }
            }
        });
        // The stylesheet's fonts, relative to the stylesheet.
        Matcher url = Pattern.compile("url\\(\"([^\"]+)\"\\)").matcher(output.text("assets/css/roadcase.css"));
        while (url.find()) {
            String file = URI.create("site:/assets/css/roadcase.css").resolve(url.group(1)).getPath().substring(1);
            if (!files.contains(file)) {
                broken.add("assets/css/roadcase.css -> " + url.group(1));
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void linksThePdfBriefsOnlyWhenTheRunWritesThem() {
        Map<String, String> with = SitePages.pages(SitePages.render(REPORT));
        Map<String, String> without = SitePages.pages(SitePages.render(new SiteRenderer(null, false), REPORT, null));

        assertThat(with.get("funding.html")).contains("href=\"pdf/portfolio.pdf\"", "href=\"pdf/checkout.pdf\"");
        assertThat(with.get("funding/checkout.html")).contains("href=\"../pdf/checkout.pdf\"");
        assertThat(without.keySet()).isEqualTo(with.keySet());
        without.forEach((path, html) -> assertThat(Jsoup.parse(html).select("a[href*=pdf/]")).as(path).isEmpty());
    }

    @Test
    void linksChartsOnlyWhenTheirDataExists() {
        MemoryOutput output = SitePages.render(REPORT);
        Set<String> expected = SitePages.otherStagesFiles(REPORT);

        Set<String> linked = new HashSet<>();
        SitePages.pages(output).forEach((path, html) -> Jsoup.parse(html).select("img[src*=charts/]").forEach(img -> {
            linked.add(URI.create("site:/" + path).resolve(img.attr("src")).getPath().substring(1));
            assertThat(img.attr("alt")).as("alt of %s on %s", img.attr("src"), path).isNotBlank();
        }));
        assertThat(linked).isEqualTo(expected.stream().filter(f -> f.startsWith("charts/")).collect(
                java.util.stream.Collectors.toSet()));
        assertThat(output.text("funding/data-lake.html")).doesNotContain("charts/");
    }

    @Test
    void everyChartHasADataTableBesideIt() {
        SitePages.pages(SitePages.render(REPORT)).forEach((path, html) -> {
            for (Element figure : Jsoup.parse(html).select("figure.chart")) {
                Element tableNearby = figure.selectFirst("table");
                Element next = figure.nextElementSibling();
                boolean tableFollows = next != null && (next.selectFirst("table") != null || next.is("table"));
                boolean tableBefore = figure.previousElementSibling() != null
                        && figure.previousElementSibling().selectFirst("table") != null;
                assertThat(tableNearby != null || tableFollows || tableBefore)
                        .as("data table next to %s on %s", figure.select("img").attr("src"), path).isTrue();
            }
        });
    }

    @Test
    void hostileTextNeverBecomesMarkupOrScript() {
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
        MemoryOutput output = SitePages.render(Fixtures.report(hostile));

        SitePages.pages(output).forEach((path, html) -> {
            Document page = Jsoup.parse(html);
            assertThat(page.select("script")).as("script elements on %s", path).isEmpty();
            assertThat(page.select("img[src=x]")).as("injected images on %s", path).isEmpty();
            for (Element e : page.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey()).as("attribute on %s", path).doesNotStartWithIgnoringCase("on");
                    assertThat(a.getValue().strip().toLowerCase(Locale.ROOT)).as("%s on %s", a.getKey(), path)
                            .doesNotStartWith("javascript:");
                }
            }
            assertThat(page.text()).as("hostile text shown as text on %s", path).contains("<script>alert(1)</script>");
        });
    }

    @Test
    void sameReportGivesIdenticalBytesWhateverTheMachineLocale() {
        Map<String, byte[]> first = SitePages.render(REPORT).files();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        Map<String, byte[]> second;
        try {
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            second = SitePages.render(REPORT).files();
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void everyPageHasLandmarksOneH1AndHeadingsInOrder() {
        SitePages.pages(SitePages.render(REPORT)).forEach((path, html) -> {
            Document page = Jsoup.parse(html);
            assertThat(page.select("header")).as("header on %s", path).isNotEmpty();
            assertThat(page.select("nav")).as("nav on %s", path).isNotEmpty();
            assertThat(page.select("main")).as("main on %s", path).hasSize(1);
            assertThat(page.select("footer")).as("footer on %s", path).isNotEmpty();
            assertThat(page.select("h1")).as("h1 on %s", path).hasSize(1);
            int previous = 1;
            for (Element h : page.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                assertThat(level).as("%s '%s' on %s follows h%d", h.tagName(), h.text(), path, previous)
                        .isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
            for (Element th : page.select("th")) {
                assertThat(th.attr("scope")).as("scope of th '%s' on %s", th.text(), path)
                        .isIn("col", "row", "rowgroup", "colgroup");
            }
        });
    }

    @Test
    void everyPageShowsTitleOrganisationReportDateAndConfidentiality() {
        SitePages.pages(SitePages.render(REPORT)).forEach((path, html) -> {
            String text = Jsoup.parse(html).text();
            assertThat(text).as(path).contains("Acme Product Portfolio", "Acme Corp", "24 Nov 2026", "Internal");
        });
    }

    @Test
    void statusIsShownInWordsWithAnIconNotByColourAlone() {
        Document index = Jsoup.parse(SitePages.render(REPORT).text("index.html"));
        Element red = index.selectFirst(".pill-bad");
        assertThat(red).isNotNull();
        assertThat(red.text()).contains("Off target");
        assertThat(red.selectFirst(".pill-icon").text()).isNotBlank();
    }
}
