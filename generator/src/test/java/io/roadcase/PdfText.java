package io.roadcase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as a reader gets it (PDFBox), for tests. */
public final class PdfText {

    private PdfText() {
    }

    /** The text in content-stream order, as extracted. */
    public static String of(byte[] pdf) throws IOException {
        return extract(pdf, false);
    }

    /** The text of a PDF file, as extracted. */
    public static String of(Path pdf) throws IOException {
        return of(Files.readAllBytes(pdf));
    }

    /** The text with every run of white space as one space: table cells wrap where they like. */
    public static String flat(byte[] pdf) throws IOException {
        return of(pdf).replaceAll("\\s+", " ");
    }

    /** {@link #flat(byte[])} of a PDF file. */
    public static String flat(Path pdf) throws IOException {
        return flat(Files.readAllBytes(pdf));
    }

    /** {@link #flat(byte[])} read by position on the page rather than in content-stream order. */
    public static String flatByPosition(byte[] pdf) throws IOException {
        return extract(pdf, true).replaceAll("\\s+", " ");
    }

    private static String extract(byte[] pdf, boolean byPosition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return stripper.getText(doc);
        }
    }
}
