package io.roadcase.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import io.roadcase.model.ShownText;
import java.awt.Color;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns text into phrases whose every character has a glyph: each run goes to the first font that
 * can draw it; a character no font can draw becomes a visible
 * {@value #REPLACEMENT} and is remembered so the renderer can report it. One per brief.
 */
final class Typesetter {

    /** WHITE SQUARE, drawn by DejaVu Sans: the visible stand-in for a character no font has. */
    static final String REPLACEMENT = "\u25A1";

    /** Size, weight, slant and colour of a run of text. */
    record Style(float size, boolean bold, boolean italic, Color color) {

        Style asBold() {
            return new Style(size, true, italic, color);
        }

        Style asItalic() {
            return new Style(size, bold, true, color);
        }

        Style withColor(Color c) {
            return new Style(size, bold, italic, c);
        }

        Style withSize(float s) {
            return new Style(s, bold, italic, color);
        }
    }

    static final Style BODY = new Style(BriefTheme.BODY, false, false, BriefTheme.INK);

    private final Fonts fonts;
    private final Map<Integer, String> missing = new TreeMap<>();

    /** Maps the charts' DejaVu faces to the embedded ones, so chart text shares the brief's subsets. */
    FontMapper chartFonts() {
        return fonts.chartFonts();
    }

    Typesetter(Fonts fonts) {
        this.fonts = fonts;
    }

    Phrase phrase(String text, Style style) {
        Font primary = font(style.bold() ? fonts.bold : fonts.regular, style);
        Phrase phrase = empty(style);
        // A paragraph longer than a page or two is cut: one 32,767-character cell took minutes to set.
        String drawable = drawable(text == null ? "" : ShownText.cut(text, ShownText.BRIEF_PARAGRAPH));
        // Consecutive characters drawn by the same font make one chunk.
        StringBuilder run = new StringBuilder();
        Font runFont = primary;
        for (int i = 0; i < drawable.length(); i += Character.charCount(drawable.codePointAt(i))) {
            int cp = drawable.codePointAt(i);
            Font font = fontFor(cp, primary, style);
            if (font.getBaseFont() != runFont.getBaseFont()) {
                if (run.length() > 0) {
                    phrase.add(new Chunk(run.toString(), runFont));
                    run.setLength(0);
                }
                runFont = font;
            }
            run.appendCodePoint(cp);
        }
        phrase.add(new Chunk(run.toString(), runFont));
        return phrase;
    }

    /**
     * The first font with a glyph, as OpenPDF's {@code FontSelector} does; that class is not used because
     * in OpenPDF 2.0.5 its constructor reloads Liberation Sans from the jar on every call and tries it first.
     * Spaces and line breaks stay in the current font.
     */
    private Font fontFor(int cp, Font primary, Style style) {
        if (cp == '\n' || cp == ' ' || primary.getBaseFont().charExists(cp)) {
            return primary;
        }
        for (BaseFont fallback : fonts.fallbacks()) {
            if (fallback.charExists(cp)) {
                // Fallback fonts have no bold cut: OpenPDF simulates bold and italic.
                return font(fallback, style);
            }
        }
        return primary;
    }

    /**
     * A phrase with no text yet, in the bundled font: paragraphs take their font from it for the spacing
     * they add, so no default Helvetica slips into the document.
     */
    Phrase empty(Style style) {
        return new Phrase(style.size() * 1.35f, "", font(style.bold() ? fonts.bold : fonts.regular, style));
    }

    /** A single font for text known to be plain digits and Latin letters (page numbers). */
    Font font(Style style) {
        return font(style.bold() ? fonts.bold : fonts.regular, style);
    }

    /** Characters replaced so far, by code point, each with an excerpt of the text it was in. */
    Map<Integer, String> missing() {
        return missing;
    }

    private Font font(BaseFont base, Style style) {
        int s = Font.NORMAL;
        if (style.italic()) {
            s |= Font.ITALIC;
        }
        if (style.bold() && base != fonts.bold) {
            s |= Font.BOLD;
        }
        return new Font(base, style.size(), s, style.color());
    }

    /**
     * Drops invisible format characters (joiners, variation selectors) that no font draws anyway and
     * replaces every other character without a glyph by {@link #REPLACEMENT}.
     */
    private String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)) {
                // invisible: nothing to draw
            } else if (fonts.canDraw(cp)) {
                out.appendCodePoint(cp);
            } else {
                missing.putIfAbsent(cp, excerpt(text));
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    private static String excerpt(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
