package io.roadcase.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import io.roadcase.chart.Chart;
import io.roadcase.chart.Charts;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.model.Settings;
import io.roadcase.publish.Output;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code pdf/<case-id>.pdf} for every funding case and {@code pdf/portfolio.pdf}.
 *
 * <p>Each brief has its own document and writer; fonts are loaded once and shared, so briefs could be
 * rendered in parallel. Output is deterministic: dates and the file id come from the report date.
 */
public final class PdfRenderer {

    private final Path dataDirectory;

    /** @param dataDirectory where the logo named in the settings is found */
    public PdfRenderer(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /**
     * Writes every brief.
     *
     * @return warnings found while rendering: a logo that cannot be used, characters no font can draw
     */
    public List<Problem> render(Report report, Output output) throws IOException {
        return render(report, output, Charts.of(report));
    }

    /** Writes every brief with these charts (looked up by name; a missing chart is left out). */
    List<Problem> render(Report report, Output output, List<Chart> chartList) throws IOException {
        Map<String, Chart> charts = new LinkedHashMap<>();
        for (Chart chart : chartList) {
            charts.putIfAbsent(chart.name(), chart);
        }
        List<Problem> problems = new ArrayList<>();
        byte[] logo = logo(report.settings(), problems);
        Map<Integer, String> missing = new TreeMap<>();
        // One brief per task: each has its own document, writer and typesetter; only the fonts are shared.
        List<Map<Integer, String>> perCase;
        try {
            perCase = report.fundingCases().parallelStream().map(c -> {
                try {
                    return writeCase(report, c, charts, logo, output);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        perCase.forEach(m -> m.forEach(missing::putIfAbsent));
        writePortfolio(report, charts, logo, output).forEach(missing::putIfAbsent);
        missing.forEach((cp, text) -> problems.add(Problem.warning(null,
                "expected characters the bundled or system fonts can draw, found U+"
                        + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + " in \"" + text
                        + "\"; the PDF briefs show " + Typesetter.REPLACEMENT + " instead")));
        return problems;
    }

    /** Writes the brief of one case; returns the characters it had to replace. */
    private Map<Integer, String> writeCase(Report report, CaseFigures figures, Map<String, Chart> charts, byte[] logo,
            Output output) throws IOException {
        Settings s = report.settings();
        String title = figures.fundingCase().title();
        BriefDocument.Metadata meta = new BriefDocument.Metadata(title, s.organization(),
                "Business case brief: " + figures.id(),
                "business case, " + figures.id() + ", " + figures.fundingCase().status().word());
        String path = "pdf/" + figures.id() + ".pdf";
        return write(report, path, meta, title, output,
                doc -> new CaseBrief(doc, report, figures, charts).write(image(logo)));
    }

    private Map<Integer, String> writePortfolio(Report report, Map<String, Chart> charts, byte[] logo, Output output)
            throws IOException {
        Settings s = report.settings();
        BriefDocument.Metadata meta = new BriefDocument.Metadata(s.title(), s.organization(), "Portfolio brief",
                "portfolio, roadmap, KPIs, business cases");
        return write(report, "pdf/portfolio.pdf", meta, s.title(), output,
                doc -> new PortfolioBrief(doc, report, charts).write(image(logo)));
    }

    /** The sections of one kind of brief. */
    private interface Content {
        void write(BriefDocument doc);
    }

    /** Opens the brief at {@code path}, lets {@code content} fill it; returns the characters replaced. */
    private Map<Integer, String> write(Report report, String path, BriefDocument.Metadata meta, String title,
            Output output, Content content) throws IOException {
        Settings s = report.settings();
        Theme theme = Theme.of(s);
        Typesetter type = new Typesetter(Fonts.forThisThread());
        Formats formats = new Formats(theme.look());
        String footer = join(s.confidentiality(), formats.longDate(report.reportDate()));
        PageFrame frame = new PageFrame(theme, type, title, s.organization(), footer);
        try (OutputStream out = output.open(path);
                BriefDocument doc = new BriefDocument(theme, type, formats, meta, frame, path, report.reportDate(),
                        out)) {
            content.write(doc);
        }
        return type.missing();
    }

    private static String join(String confidentiality, String date) {
        return confidentiality == null || confidentiality.isBlank() ? date : confidentiality + "  ·  " + date;
    }

    /** The logo's bytes (png or jpg), or null: no logo, an svg (not supported in briefs), or a bad file. */
    private byte[] logo(Settings settings, List<Problem> problems) {
        String name = settings.logo();
        if (name == null || name.isBlank() || name.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return null;
        }
        Path base = dataDirectory.toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (!file.startsWith(base) || !Files.isRegularFile(file)) {
            problems.add(Problem.warning(Place.file(name),
                    "expected the logo as a png or jpg file inside the data directory, found no such file"));
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            Image.getInstance(bytes);
            return bytes;
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.warning(Place.file(name),
                    "expected the logo as a png or jpg image, found a file that cannot be read as one"));
            return null;
        }
    }

    // A fresh Image per brief: an Image object belongs to the writer it is first added to.
    private static Image image(byte[] logo) {
        if (logo == null) {
            return null;
        }
        try {
            return Image.getInstance(logo);
        } catch (IOException | BadElementException e) {
            return null;
        }
    }
}
