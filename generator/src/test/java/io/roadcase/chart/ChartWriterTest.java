package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.roadcase.Fixtures;
import io.roadcase.model.Report;
import io.roadcase.render.MemoryOutput;
import io.roadcase.render.Piece;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class ChartWriterTest {

    private final Report report = Fixtures.report();
    private final Theme theme = Theme.of(report.settings());
    private final List<Chart> charts = Charts.of(report);

    @Test
    void writesAnSvgAndAPngForEveryChart() throws Exception {
        MemoryOutput output = new MemoryOutput();
        ChartWriter.writeAll(charts, output);
        assertThat(output.files()).hasSize(charts.size() * 2);
        for (Chart chart : charts) {
            byte[] png = output.bytes("charts/" + chart.name() + ".png");
            assertThat(png).as(chart.name()).startsWith(0x89, 'P', 'N', 'G');
            SvgFile svg = SvgFile.parse(output.bytes("charts/" + chart.name() + ".svg"));
            assertThat(svg.root.getAttribute("viewBox")).isEqualTo("0 0 " + chart.width() + " " + chart.height());
            assertThat(svg.root.getAttribute("width")).isEqualTo(chart.width() + "px");
            assertThat(svg.root.getAttribute("height")).isEqualTo(chart.height() + "px");
            assertThat(svg.child("title")).isEqualTo(chart.title()).isNotBlank();
            assertThat(svg.child("desc")).isEqualTo(chart.description()).isNotBlank();
        }
    }

    @Test
    void keepsEveryTextInsideTheCanvas() throws Exception {
        for (Chart chart : charts) {
            assertTextsInside(chart, SvgFile.parse(SvgEncoder.encode(chart)), theme);
        }
    }

    static void assertTextsInside(Chart chart, SvgFile svg, Theme theme) {
        for (SvgFile.Text t : svg.texts(theme)) {
            assertThat(t.x()).as("%s: left of '%s'", chart.name(), t.content()).isGreaterThanOrEqualTo(0);
            assertThat(t.x() + t.width()).as("%s: right end of '%s'", chart.name(), t.content())
                    .isLessThanOrEqualTo(chart.width() + 0.5);
            assertThat(t.y()).as("%s: baseline of '%s'", chart.name(), t.content())
                    .isBetween(0.0, (double) chart.height());
        }
    }

    @Test
    void neverDrawsTextOverText() throws Exception {
        for (Chart chart : charts) {
            assertNoOverlap(chart, SvgFile.parse(SvgEncoder.encode(chart)), theme);
        }
    }

    @Test
    void overlapAndBoundsChecksCatchBadDrawings() throws Exception {
        Chart bad = new FramedChart(theme, "bad", "Bad", "Text on text and off the canvas", 200) {
            @Override
            public int height() {
                return 100;
            }

            @Override
            void paintBody(Canvas c, Rectangle2D area) {
                c.text("first", theme.regular(10f), Theme.INK, 20, 80, Canvas.Align.LEFT);
                c.text("second", theme.regular(10f), Theme.INK, 30, 82, Canvas.Align.LEFT);
                c.text("far too wide for this canvas", theme.regular(10f), Theme.INK, 150, 60, Canvas.Align.LEFT);
            }
        };
        SvgFile svg = SvgFile.parse(SvgEncoder.encode(bad));
        assertThatThrownBy(() -> assertNoOverlap(bad, svg, theme))
                .hasMessageContaining("'first'");
        assertThatThrownBy(() -> assertTextsInside(bad, svg, theme))
                .hasMessageContaining("far too wide");
    }

    /** No two text boxes (width × cap height to descent, a little tighter than the font's box) intersect. */
    static void assertNoOverlap(Chart chart, SvgFile svg, Theme theme) {
        List<SvgFile.Text> texts = svg.texts(theme);
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                SvgFile.Text a = texts.get(i);
                SvgFile.Text b = texts.get(j);
                boolean apart = a.x() + a.width() <= b.x() + 0.5 || b.x() + b.width() <= a.x() + 0.5
                        || a.y() - a.ascent() >= b.y() + b.descent() - 0.5
                        || b.y() - b.ascent() >= a.y() + a.descent() - 0.5;
                if (!apart) {
                    fail("%s: '%s' at (%.1f, %.1f) overlaps '%s' at (%.1f, %.1f)", chart.name(), a.content(), a.x(),
                            a.y(), b.content(), b.x(), b.y());
                }
            }
        }
    }

    @Test
    void drawsTheSameBytesEveryTime() {
        for (Chart chart : charts) {
            assertThat(SvgEncoder.encode(chart)).as(chart.name()).isEqualTo(SvgEncoder.encode(chart));
            assertThat(PngEncoder.encode(chart)).as(chart.name()).isEqualTo(PngEncoder.encode(chart));
        }
    }

    @Test
    void writesTheSameFilesWhenChartsAreDrawnInParallel() throws Exception {
        MemoryOutput first = new MemoryOutput();
        MemoryOutput second = new MemoryOutput();
        ChartWriter.writeAll(Charts.of(report), first);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Piece.start(ChartWriter.work(Charts.of(Fixtures.report()), second), pool).join();
        } finally {
            pool.shutdownNow();
        }
        assertThat(second.files().keySet()).isEqualTo(first.files().keySet());
        for (String path : first.files().keySet()) {
            assertThat(second.bytes(path)).as(path).isEqualTo(first.bytes(path));
        }
    }

    @Test
    void everySvgElementIsInTheSvgNamespaceWhateverXmlLibraryIsOnTheClassPath() throws Exception {
        // The test class path has Saxon (from the HTML validator): JAXP would pick it over the JDK's.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        for (Chart chart : charts) {
            byte[] bytes = SvgEncoder.encode(chart);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(chart.name()).doesNotContain("xmlns=\"\"");
            NodeList all = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                assertThat(all.item(i).getNamespaceURI()).as(chart.name() + " <" + all.item(i).getNodeName() + ">")
                        .isEqualTo("http://www.w3.org/2000/svg");
            }
        }
    }

    @Test
    void keepsTextsAsSvgTextInTheBundledFont() throws Exception {
        String svg = new String(SvgEncoder.encode(charts.get(0)), StandardCharsets.UTF_8);
        assertThat(svg).doesNotContain("<!DOCTYPE").contains("DejaVu Sans").doesNotContainPattern("clip-?-?\\d{5,}");
        assertThat(SvgFile.parse(svg.getBytes(StandardCharsets.UTF_8)).count("text")).isPositive();
    }
}
