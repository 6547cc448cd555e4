package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import io.roadcase.Fixtures;
import io.roadcase.look.Typefaces;
import io.roadcase.model.UserChartType;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SvgEncoder} writes a chart's drawing commands straight to text. Its oracle is what it
 * replaced: VectorGraphics2D's own SVG writer (a DOM serialised by the JDK's XSLT transformer), tidied
 * as Roadcase tidied it. Every built-in chart, every user chart type and a drawing that uses every
 * command must come out the same, byte for byte, but for what the oracle's side is normalised for:
 * line-to x coordinates, which VectorGraphics2D wrote unformatted ("L12.0,5"), and characters beyond
 * the Basic Multilingual Plane, which the transformer wrote as character references ("&#119070;"
 * for 𝄞). The tidying (title, description, clip numbers, font fallbacks and size) is the old one.
 */
class SvgWriterOracleTest {

    static Stream<Chart> charts() {
        List<Chart> charts = new ArrayList<>(Charts.of(Fixtures.report()));
        charts.addAll(Charts.of(Fixtures.report("Q3 <launch> & \"growth\" café 数据 𝄞 clip-7")));
        charts.add(everyCommand());
        return charts.stream();
    }

    @ParameterizedTest
    @MethodSource("charts")
    void writesWhatVectorGraphics2DWrote(Chart chart) {
        assertThat(new String(SvgEncoder.encode(chart), StandardCharsets.UTF_8)).isEqualTo(oracle(chart));
    }

    @ParameterizedTest
    @EnumSource(UserChartType.class)
    void writesUserChartsAsVectorGraphics2DWrote(UserChartType type) {
        Chart chart = UserChartDrawingTest.drawing(type, 12);
        assertThat(new String(SvgEncoder.encode(chart), StandardCharsets.UTF_8)).isEqualTo(oracle(chart));
    }

    /** Clips (equal ones shared), transforms, saved and restored states, strokes, alpha, every shape, a gradient. */
    private static Chart everyCommand() {
        return new PaintedChart("every-command", "Every <command>", "All & sundry", 300, 200, g -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 300, 200);
            g.setFont(Typefaces.bold(13.5f));
            g.setColor(new Color(10, 20, 30, 128));
            g.drawString("Tab\tand \"quotes\" <b> & 'apostrophes' ", 10.25f, 20.125f);
            g.setFont(Typefaces.regular(12f).deriveFont(Font.ITALIC));
            g.drawString("  twelve pixels", 10, 40);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString("logical family", 10, 50);
            g.setClip(new Rectangle(5, 5, 100, 100));
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL, 7f, new float[] {3f, 1.5f}, 0.5f));
            g.draw(new Line2D.Double(0.1, 0.2, 99.3, 1e-7));
            g.draw(new RoundRectangle2D.Double(10, 10, 50.5, 30, 6, 8));
            Graphics2D saved = (Graphics2D) g.create();
            saved.translate(20, 30.5);
            saved.fill(new Ellipse2D.Double(-5, -5, 10, 10));
            saved.rotate(0.3);
            saved.fill(new Arc2D.Double(0, 0, 40, 40, 15, 120, Arc2D.PIE));
            saved.dispose();
            g.setClip(new Rectangle(150, 5, 100, 100));
            Path2D.Double path = new Path2D.Double();
            path.moveTo(150.5, 10);
            path.lineTo(-0.0, 12.0);
            path.quadTo(160, 20, 170.333333333333333, 30);
            path.curveTo(180, 40, 190, 45, 200, 90);
            path.closePath();
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND));
            g.draw(path);
            g.setClip(new Rectangle(5, 5, 100, 100));
            g.setPaint(new GradientPaint(0, 0, Color.RED, 50, 50, Color.BLUE));
            g.fillRect(20, 120, 40, 30);
            g.setClip(null);
            g.setColor(Color.BLACK);
            g.fill(new Rectangle(1, 2, 3, 4));
        });
    }

    private static final Pattern LINE_TO_X = Pattern.compile("L([-0-9.E]+),");
    private static final Pattern SUPPLEMENTARY = Pattern.compile("&#(\\d{5,7});");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");
    private static final Pattern SVG_START = Pattern.compile("<svg[^>]*>");
    private static final Pattern CLIP_ID = Pattern.compile("(?<=id=\"|url\\(#)clip-?\\d+(?=[\")])");

    /** The SVG as VectorGraphics2D's own writer wrote it, tidied as Roadcase's SvgEncoder used to. */
    static String oracle(Chart chart) {
        VectorGraphics2D g = new VectorGraphics2D();
        chart.paint(g);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The JDK's own XML libraries, as SvgEncoder used them, not whichever the test class path has.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, chart.width(), chart.height())).writeTo(out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        String s = DOCTYPE.matcher(out.toString(StandardCharsets.UTF_8)).replaceFirst("");
        Map<String, String> ids = new LinkedHashMap<>();
        s = CLIP_ID.matcher(s).replaceAll(m -> ids.computeIfAbsent(m.group(), k -> "clip" + (ids.size() + 1)));
        s = SUPPLEMENTARY.matcher(s).replaceAll(m -> Character.toString(Integer.parseInt(m.group(1))));
        s = LINE_TO_X.matcher(s).replaceAll(m -> "L" + Matcher.quoteReplacement(formatted(m.group(1))) + ",");
        s = Pattern.compile("<text style=\"([^\"]*)\"").matcher(s).replaceAll(m -> {
            String style = m.group(1).replace("font-family:&quot;DejaVu Sans&quot;;",
                    "font-family:&quot;DejaVu Sans&quot;,&quot;Bitstream Vera Sans&quot;,Verdana,sans-serif;");
            return Matcher.quoteReplacement("<text style=\"" + style + (style.contains("font-size:") ? "" : "font-size:12px;") + "\"");
        });
        Matcher start = SVG_START.matcher(s);
        assertThat(start.find()).isTrue();
        String head = start.group().replace("<svg ", "<svg role=\"img\" aria-labelledby=\"title desc\" ");
        String meta = "\n  <title id=\"title\">" + SvgEncoder.escape(chart.title(), Canvas.LONGEST) + "</title>\n  <desc id=\"desc\">"
                + SvgEncoder.escape(chart.description(), Canvas.LONGEST_DESCRIPTION) + "</desc>";
        return s.substring(0, start.start()) + head + meta + s.substring(start.end());
    }

    private static String formatted(String javaDouble) {
        return de.erichseifert.vectorgraphics2d.util.DataUtils.format(Double.parseDouble(javaDouble));
    }
}
