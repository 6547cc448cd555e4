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
        s = fontFallbacks(renumberClips(s));
        Matcher start = SVG_START.matcher(s);
        if (!start.find()) {
            throw new IllegalStateException("VectorGraphics2D wrote no <svg> element for chart " + chart.name());
        }
        String head = start.group().replace("<svg ", "<svg role=\"img\" aria-labelledby=\"title desc\" ");
        String meta = "\n  <title id=\"title\">" + escape(chart.title()) + "</title>\n  <desc id=\"desc\">"
                + escape(chart.description(), Canvas.LONGEST_DESCRIPTION) + "</desc>";
        return s.substring(0, start.start()) + head + meta + s.substring(start.end());
    }

    /**
     * Renumbers clip ids where VectorGraphics2D writes one: its definition ({@code id="clip-123"}) and
     * its uses ({@code url(#clip-123)}), in order of first appearance. Never the bare word: chart text
     * such as "Video clip-7 rollout" must stay. A scan for "clip" rather than a regular expression: the
     * expression tried both openings at every character, a sixth of SVG encoding.
     */
    private static String renumberClips(String s) {
        Map<String, String> ids = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        for (int at = s.indexOf("clip"); at >= 0; at = s.indexOf("clip", at + 4)) {
            if (!s.startsWith("id=\"", at - 4) && !s.startsWith("url(#", at - 5)) {
                continue;
            }
            int end = at + 4;
            if (end < s.length() && s.charAt(end) == '-') {
                end++;
            }
            int digits = end;
            while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
                end++;
            }
            if (end == digits || end == s.length() || (s.charAt(end) != '"' && s.charAt(end) != ')')) {
                continue;
            }
            out.append(s, copied, at).append(ids.computeIfAbsent(s.substring(at, end), k -> "clip" + (ids.size() + 1)));
            copied = end;
        }
        return copied == 0 ? s : out.append(s, copied, s.length()).toString();
    }

    /** Text gets font fallbacks, and the size VectorGraphics2D leaves out when it equals its own default. */
    private static String fontFallbacks(String s) {
        String opening = "<text style=\"";
        StringBuilder out = new StringBuilder(s.length() + s.length() / 8);
        int copied = 0;
        for (int at = s.indexOf(opening); at >= 0; at = s.indexOf(opening, at + opening.length())) {
            int from = at + opening.length();
            int to = s.indexOf('"', from);
            if (to < 0) {
                break;
            }
            String style = s.substring(from, to).replace(FAMILY, FAMILY_WITH_FALLBACKS);
            if (!style.contains("font-size:")) {
                style += "font-size:12px;";
            }
            out.append(s, copied, from).append(style);
            copied = to;
        }
        return out.append(s, copied, s.length()).toString();
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
