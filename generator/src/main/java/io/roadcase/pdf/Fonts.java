package io.roadcase.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import io.roadcase.look.Typefaces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The fonts every brief uses, loaded once per thread (see {@link #forThisThread()}); glyph use is
 * tracked per writer, so briefs written one after another may share them. DejaVu Sans is bundled; fallbacks for
 * scripts it lacks (CJK, emoji) are taken from the system font folders when present.
 */
final class Fonts {

    /**
     * Free-licence fallback fonts looked for in the system font folders, in the order they are tried.
     * Droid Sans Fallback (Apache 2.0, Debian fonts-droid-fallback) and WenQuanYi Micro Hei (Apache 2.0 /
     * GPL, fonts-wqy-microhei) cover CJK; Symbola (free, fonts-symbola) and Noto Sans Symbols 2 (OFL)
     * cover emoji and symbols as outlines. Colour emoji fonts (bitmap glyphs) cannot be embedded in a PDF
     * text run, so they are not listed.
     */
    static final List<String> CJK_FILES = List.of("DroidSansFallbackFull.ttf", "DroidSansFallback.ttf",
            "wqy-microhei.ttc");
    static final List<String> SYMBOL_FILES = List.of("NotoSansSymbols2-Regular.ttf", "Symbola.ttf",
            "Symbola_hint.ttf");

    private static final List<Path> FONT_FOLDERS = List.of(Paths.get("/usr/share/fonts"),
            Paths.get("/usr/local/share/fonts"), Paths.get(System.getProperty("user.home", "/"), ".fonts"),
            Paths.get(System.getProperty("user.home", "/"), ".local/share/fonts"), Paths.get("/Library/Fonts"),
            Paths.get("/System/Library/Fonts"), Paths.get("C:/Windows/Fonts"));

    final BaseFont regular;
    final BaseFont bold;
    private List<BaseFont> fallbacks;

    private Fonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /**
     * The system fallback fonts, searched and loaded only when a text first needs a character DejaVu
     * lacks: a CJK font takes a second or two to load and most briefs never need it.
     */
    List<BaseFont> fallbacks() {
        if (fallbacks == null) {
            fallbacks = loadFallbacks();
        }
        return fallbacks;
    }

    /**
     * This thread's fonts, loaded on first use. Not shared between threads: OpenPDF reads a font's
     * tables through the font's one file pointer when it writes the subset at the end of a document,
     * so two briefs finishing at once with one {@link BaseFont} can embed each other's reads (seen as
     * briefs that differed run to run). Briefs written one after another on a thread may share them.
     */
    static Fonts forThisThread() {
        return PER_THREAD.get();
    }

    /** Chart fonts to these: bold faces to the bold font, every other face to the regular one. */
    FontMapper chartFonts() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() ? bold : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return new java.awt.Font(java.awt.Font.SANS_SERIF, font == bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN,
                        size);
            }
        };
    }

    /** Whether some font (the bundled one or a fallback) has a glyph for this code point. */
    boolean canDraw(int codePoint) {
        if (regular.charExists(codePoint)) {
            return true;
        }
        for (BaseFont f : fallbacks()) {
            if (f.charExists(codePoint)) {
                return true;
            }
        }
        return false;
    }

    private static final ThreadLocal<Fonts> PER_THREAD = ThreadLocal.withInitial(
            () -> new Fonts(bundled(Typefaces.REGULAR_FONT), bundled(Typefaces.BOLD_FONT)));

    // Class-holder idiom: the font folders are searched once per JVM, on first need.
    private static final class FallbackFiles {
        static final List<Path> FILES = findFallbacks();
    }

    private static List<BaseFont> loadFallbacks() {
        List<BaseFont> fallbacks = new ArrayList<>();
        for (Path file : FallbackFiles.FILES) {
            try {
                String name = file.toString();
                fallbacks.add(configure(BaseFont.createFont(name.endsWith(".ttc") ? name + ",0" : name,
                        BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null), file.getFileName().toString()));
            } catch (IOException | RuntimeException e) {
                // An unreadable system font is skipped: the bundled font and the visible replacement remain.
            }
        }
        return List.copyOf(fallbacks);
    }

    private static BaseFont bundled(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream(Typefaces.FONT_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + Typefaces.FONT_FOLDER + file + " is missing from the class path");
            }
            return configure(BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + file, e);
        }
    }

    private static BaseFont configure(BaseFont font, String name) {
        font.setSubset(true);
        font.setSecureRandom(new FixedPrefix(name));
        return font;
    }

    /** The preferred CJK font and the preferred symbol font found in the usual font folders. */
    private static List<Path> findFallbacks() {
        Map<String, Path> found = new HashMap<>();
        for (Path folder : FONT_FOLDERS) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, 4)) {
                files.filter(Files::isRegularFile).forEach(f -> found.putIfAbsent(f.getFileName().toString(), f));
            } catch (IOException | UncheckedIOException | SecurityException e) {
                // An unreadable folder only means fewer fallbacks.
            }
        }
        // One font of each kind is enough; more would only slow loading.
        List<Path> chosen = new ArrayList<>();
        for (List<String> kind : List.of(CJK_FILES, SYMBOL_FILES)) {
            kind.stream().map(found::get).filter(Objects::nonNull).findFirst().ifPresent(chosen::add);
        }
        return chosen;
    }

    /**
     * OpenPDF names an embedded subset with six random letters. For byte-identical briefs the letters
     * come from the font's name instead: every call gives the same prefix, whichever thread or brief
     * asks first.
     */
    private static final class FixedPrefix extends SecureRandom {

        private static final long serialVersionUID = 1L;
        private final double value;

        FixedPrefix(String fontName) {
            this.value = Math.floorMod(fontName.hashCode(), 26) / 26.0 + 0.01;
        }

        @Override
        public double nextDouble() {
            return value;
        }
    }
}
