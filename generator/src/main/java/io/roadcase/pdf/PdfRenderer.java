package io.roadcase.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import io.roadcase.chart.Chart;
import io.roadcase.chart.Charts;
import io.roadcase.look.Formats;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.model.Settings;
import io.roadcase.render.Output;
import io.roadcase.render.RenderContext;
import io.roadcase.render.Renderer;
import io.roadcase.render.Piece;
import io.roadcase.source.Logo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * Writes {@code pdf/<case-id>.pdf} for every funding case and {@code pdf/portfolio.pdf}.
 *
 * <p>Each brief is its own piece of work with its own document, writer and typesetter (fonts are per
 * thread), so briefs render in parallel. Output is deterministic: dates and the file id come from the
 * report date.
 */
public final class PdfRenderer implements Renderer {

    private final Path dataDirectory;

    /** @param dataDirectory where the logo named in the settings is found */
    public PdfRenderer(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** For the render contract: the logo is found in the context's data folder. */
    public PdfRenderer() {
        this(null);
    }

    @Override
    public String stage() {
        return "pdf";
    }

    /** One piece per brief; their problems go to the context's sink once the last brief is written. */
    @Override
    public List<Piece> work(RenderContext context) {
        PdfRenderer renderer = dataDirectory == null ? new PdfRenderer(context.dataDirectory()) : this;
        Briefs briefs = renderer.briefs(context.report(), context.charts(), context.output());
        return Piece.withEnd(briefs.work(), () -> context.problems().addAll(briefs.problems()));
    }

    /**
     * Writes every brief here, one after another.
     *
     * @return warnings found while rendering: a logo that cannot be used, characters no font can draw
     */
    public List<Problem> render(Report report, Output output) throws IOException {
        return render(report, output, Charts.of(report));
    }

    /** Writes every brief with these charts (looked up by name; a missing chart is left out). */
    List<Problem> render(Report report, Output output, List<Chart> charts) throws IOException {
        Briefs briefs = briefs(report, charts, output);
        Piece.runAll(briefs.work());
        return briefs.problems();
    }

    /**
     * The briefs of this report as pieces of work, one per brief; their problems once all have run.
     *
     * @param charts the charts drawn for this report (looked up by name; a missing chart is left out)
     */
    public Briefs briefs(Report report, List<Chart> charts, Output output) {
        Map<String, Chart> byName = new LinkedHashMap<>();
        for (Chart chart : charts) {
            byName.putIfAbsent(chart.name(), chart);
        }
        List<Problem> problems = new ArrayList<>();
        byte[] logo = logo(report.settings(), problems);
        List<CaseFigures> cases = report.fundingCases();
        // Characters each brief had to replace, in brief order, so the warnings come out the same every run.
        AtomicReferenceArray<Map<Integer, String>> missing = new AtomicReferenceArray<>(cases.size() + 1);
        List<Piece> work = new ArrayList<>();
        work.add(() -> missing.set(cases.size(), writePortfolio(report, byName, logo, output)));
        for (int i = 0; i < cases.size(); i++) {
            int brief = i;
            work.add(() -> missing.set(brief, writeCase(report, cases.get(brief), byName, logo, output)));
        }
        return new Briefs(work, () -> {
            Map<Integer, String> all = new TreeMap<>();
            for (int i = 0; i < missing.length(); i++) {
                if (missing.get(i) != null) {
                    missing.get(i).forEach(all::putIfAbsent);
                }
            }
            List<Problem> found = new ArrayList<>(problems);
            all.forEach((cp, text) -> found.add(Problem.warning(null,
                    "expected characters the bundled or system fonts can draw, found U+"
                            + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + " in \"" + text
                            + "\"; the PDF briefs show " + Typesetter.REPLACEMENT + " instead")));
            return found;
        });
    }

    /** The briefs to write, and the problems they found, known once every piece has run. */
    public record Briefs(List<Piece> work, Supplier<List<Problem>> found) {

        public List<Problem> problems() {
            return found.get();
        }
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
        BriefTheme theme = BriefTheme.of(s);
        Typesetter type = new Typesetter(Fonts.forThisThread());
        Formats formats = theme.look().formats();
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

    /**
     * The logo's bytes (png, jpg or gif), or null: no logo, one briefs cannot show (svg, webp), or one the
     * reader refused (it reports why: {@link Logo#read}).
     */
    private byte[] logo(Settings settings, List<Problem> problems) {
        String name = settings.logo();
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            Logo logo = Logo.read(dataDirectory, name);
            if (logo.type() == Logo.Type.SVG || logo.type() == Logo.Type.WEBP) {
                return null;
            }
            Image.getInstance(logo.bytes());
            return logo.bytes();
        } catch (Logo.Refused e) {
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.warning(Place.file(name),
                    "expected the logo as a png, jpg or gif image, found a file that cannot be read as one"));
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
