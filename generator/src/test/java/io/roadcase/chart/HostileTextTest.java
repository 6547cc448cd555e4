package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostileTextTest {

    private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>&amp;\u0001";
    private static final Set<String> SVG_ELEMENTS = Set.of("svg", "title", "desc", "defs", "clipPath", "g", "rect",
            "path", "line", "polyline", "polygon", "ellipse", "circle", "text");

    @Test
    void spreadsheetTextNeverBecomesMarkup() throws Exception {
        for (Chart chart : Charts.of(Fixtures.report(HOSTILE))) {
            byte[] bytes = SvgEncoder.encode(chart);
            String raw = new String(bytes, StandardCharsets.UTF_8);
            SvgFile svg = SvgFile.parse(bytes);
            assertThat(svg.elementNames()).as(chart.name()).allMatch(SVG_ELEMENTS::contains);
            assertThat(raw).as(chart.name()).doesNotContain("<script", "<img", "\u0001");
            assertThat(svg.child("title") + svg.child("desc")).as(chart.name()).doesNotContain("\u0001");
        }
    }

    @Test
    void hostileTitlesStayReadableText() throws Exception {
        Chart timeline = Charts.of(Fixtures.report(HOSTILE)).get(0);
        SvgFile svg = SvgFile.parse(SvgEncoder.encode(timeline));
        assertThat(svg.textContents(Theme.of(Fixtures.report().settings())))
                .anyMatch(t -> t.startsWith("CHK-1 <script>alert(1)"));
        assertThat(new String(SvgEncoder.encode(timeline), StandardCharsets.UTF_8)).contains("&lt;script&gt;");
    }
}
