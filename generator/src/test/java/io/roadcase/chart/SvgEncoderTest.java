package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG tidy-up renumbers VectorGraphics2D's clip ids and never touches the user's words. */
class SvgEncoderTest {

    /** Words that look like VectorGraphics2D's clip ids, as a spreadsheet may well hold them. */
    private static final String TITLE = "Video clip-7 rollout clip12 url(#clip-3) id=\"clip9\"";

    @Test
    void keepsTitlesThatLookLikeClipIds() throws Exception {
        for (Chart chart : Charts.of(Fixtures.report(TITLE))) {
            String raw = new String(SvgEncoder.encode(chart), StandardCharsets.UTF_8);
            SvgFile svg = SvgFile.parse(raw.getBytes(StandardCharsets.UTF_8));
            assertThat(svg.child("title") + svg.child("desc")).as(chart.name()).doesNotContain("clip1 ", "clip2 ");
            assertThat(raw).as(chart.name()).doesNotContain("Video clip1", "Video clip2");
        }
        Chart timeline = Charts.of(Fixtures.report(TITLE)).get(0);
        assertThat(SvgFile.parse(SvgEncoder.encode(timeline)).textContents(Theme.of(Fixtures.report().settings())))
                .anyMatch(t -> t.contains("Video clip-7 rollout clip12"));
    }

    @Test
    void renumbersClipIdsAndTheirUsesButNotTextInAClippedDrawing() throws Exception {
        Chart clipped = new PaintedChart("clipped", "Video clip-7 rollout", "clip12 and url(#clip-3)", 200, 100, g -> {
            g.setClip(new Rectangle(1, 2, 150, 40));
            g.drawString("Video clip-7 rollout", 5, 20);
            g.setClip(new Rectangle(3, 50, 100, 40));
            g.drawString("clip12", 5, 70);
        });
        String raw = new String(SvgEncoder.encode(clipped), StandardCharsets.UTF_8);

        assertThat(ids(raw, "id=\"(clip[^\"]*)\"")).containsExactly("clip1", "clip2");
        assertThat(ids(raw, "clip-path=\"url\\(#([^)]*)\\)\"")).containsExactly("clip1", "clip2");
        SvgFile svg = SvgFile.parse(raw.getBytes(StandardCharsets.UTF_8));
        assertThat(svg.child("title")).isEqualTo("Video clip-7 rollout");
        assertThat(svg.child("desc")).isEqualTo("clip12 and url(#clip-3)");
        assertThat(raw).contains(">Video clip-7 rollout</text>", ">clip12</text>");
    }

    @Test
    void dropsCharactersXmlForbidsFromDrawnText() throws Exception {
        Chart drawn = new PaintedChart("controls", 200, 100, g -> g.drawString("a\u0001b\u001Fc\uFFFEd\uD800e\uDC00f 𝄞", 5, 20));
        String raw = new String(SvgEncoder.encode(drawn), StandardCharsets.UTF_8);

        assertThat(raw).contains(">abcdef 𝄞</text>");
        assertThat(SvgFile.parse(raw.getBytes(StandardCharsets.UTF_8)).child("title")).isEqualTo("controls");
    }

    private static List<String> ids(String svg, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(svg);
        return m.results().map(r -> r.group(1)).toList();
    }
}
