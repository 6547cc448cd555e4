package io.roadcase.look;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu fonts, on the class path (the templates module). Charts draw with them, the PDF
 * briefs embed the same files and the site's stylesheet serves them, so every output has one typeface.
 * The files are read once, on first use.
 */
public final class Typefaces {

    public static final String FONT_FOLDER = "/io/roadcase/templates/assets/fonts/";
    public static final String REGULAR_FONT = "DejaVuSans.ttf";
    public static final String BOLD_FONT = "DejaVuSans-Bold.ttf";

    private Typefaces() {
    }

    /** The regular face at a size. */
    public static Font regular(float size) {
        return Loaded.REGULAR.deriveFont(size);
    }

    /** The bold face, flagged bold so SVG says {@code font-weight:bold} (no synthetic emboldening: the face is bold). */
    public static Font bold(float size) {
        return Loaded.BOLD.deriveFont(Font.BOLD, size);
    }

    /**
     * Loads both faces and measures a text with each, which also starts the JDK's font manager
     * (fontconfig, the system font folders): about 40 ms a run pays once, whatever it draws.
     */
    public static void warmUp() {
        FontRenderContext context = new FontRenderContext(null, true, true);
        regular(12f).getStringBounds("Roadmap 2026", context);
        bold(12f).getStringBounds("Roadmap 2026", context);
    }

    /** Loaded on first use, not when the class is: formatting alone never reads a font. */
    private static final class Loaded {
        static final Font REGULAR = load(REGULAR_FONT);
        static final Font BOLD = load(BOLD_FONT);
    }

    private static Font load(String file) {
        try (InputStream in = Typefaces.class.getResourceAsStream(FONT_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + FONT_FOLDER + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font unreadable: " + file, e);
        }
    }
}
