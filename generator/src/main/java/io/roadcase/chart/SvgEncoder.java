package io.roadcase.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart as a standalone SVG document, through VectorGraphics2D, then tidied: the DOCTYPE (an
 * external DTD) goes, {@code <title>} and {@code <desc>} come in (escaped), clip ids made from hash
 * codes are renumbered so output is the same run to run, and text gets font fallbacks and the size
 * VectorGraphics2D leaves out when it equals its own default.
 */
final class SvgEncoder {

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");
    private static final Pattern SVG_START = Pattern.compile("<svg[^>]*>");
    /**
     * A clip id where VectorGraphics2D writes one: its definition ({@code id="clip-123"}) and its uses
     * ({@code url(#clip-123)}). Never the bare word: chart text such as "Video clip-7 rollout" must stay.
     */
    private static final Pattern CLIP_ID = Pattern.compile("(id=\"|url\\(#)(clip-?\\d+)(?=[\")])");
    private static final Pattern TEXT_STYLE = Pattern.compile("<text style=\"([^\"]*)\"");
    private static final String FAMILY = "font-family:&quot;DejaVu Sans&quot;;";
    private static final String FAMILY_WITH_FALLBACKS =
            "font-family:&quot;DejaVu Sans&quot;,&quot;Bitstream Vera Sans&quot;,Verdana,sans-serif;";

    private SvgEncoder() {
    }

    static byte[] encode(Chart chart) {
        VectorGraphics2D g = new VectorGraphics2D();
        chart.paint(g);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // VectorGraphics2D builds and writes the SVG through JAXP's factory lookup, which takes any XML
        // library on the class path: Saxon (an application embedding Roadcase may well have it) writes
        // xmlns="" on every element, which browsers then do not draw, and is 5x slower. Looking up
        // through the platform class loader always gets the JDK's own, on this thread only.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, chart.width(), chart.height()))
                    .writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return tidy(out.toString(StandardCharsets.UTF_8), chart).getBytes(StandardCharsets.UTF_8);
    }

    static String tidy(String svg, Chart chart) {
        String s = DOCTYPE.matcher(svg).replaceFirst("");
        s = renumberClips(s);
        s = TEXT_STYLE.matcher(s).replaceAll(m -> {
            String style = m.group(1).replace(FAMILY, FAMILY_WITH_FALLBACKS);
            if (!style.contains("font-size:")) {
                style += "font-size:12px;";
            }
            return Matcher.quoteReplacement("<text style=\"" + style + "\"");
        });
        Matcher start = SVG_START.matcher(s);
        if (!start.find()) {
            throw new IllegalStateException("VectorGraphics2D wrote no <svg> element for chart " + chart.name());
        }
        String head = start.group().replace("<svg ", "<svg role=\"img\" aria-labelledby=\"title desc\" ");
        String meta = "\n  <title id=\"title\">" + escape(chart.title()) + "</title>\n  <desc id=\"desc\">"
                + escape(chart.description(), Canvas.LONGEST_DESCRIPTION) + "</desc>";
        return s.substring(0, start.start()) + head + meta + s.substring(start.end());
    }

    private static String renumberClips(String s) {
        Map<String, String> ids = new LinkedHashMap<>();
        return CLIP_ID.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + ids.computeIfAbsent(m.group(2), k -> "clip" + (ids.size() + 1))));
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
    static String escape(String text) {
        return escape(text, Canvas.LONGEST);
    }

    /** {@link #escape(String)} of a text that may be up to {@code longest} characters (a description). */
    static String escape(String text, int longest) {
        String clean = Canvas.clean(text, longest);
        StringBuilder s = new StringBuilder(clean.length() + 16);
        clean.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                default -> s.appendCodePoint(cp);
            }
        });
        return s.toString();
    }
}
