package io.roadcase.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.chart.Chart;
import io.roadcase.chart.ChartNames;
import io.roadcase.model.PageSize;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.model.Settings;
import io.roadcase.render.MemoryOutput;
import io.roadcase.testing.ExternalTool;
import io.roadcase.PdfText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {

    @TempDir
    Path dataDir;

    @Test
    void writesOneBriefPerCaseAndThePortfolioBrief() throws IOException {
        MemoryOutput out = render(Fixtures.report(), List.of());

        assertThat(out.files().keySet()).containsExactly("pdf/checkout.pdf", "pdf/data-lake.pdf", "pdf/portfolio.pdf");
    }

    @Test
    void caseBriefShowsFiguresAndSections() throws IOException {
        String text = text(render(Fixtures.report(), List.of()).bytes("pdf/checkout.pdf"));

        assertThat(text).contains("Checkout modernisation", "BUSINESS CASE", "Dana Lee (CPO)", "Sam Ortiz",
                "Proposed", "15 December 2026", "Acme Corp", "24 November 2026", "Internal");
        assertThat(text).contains("Executive summary", "The case", "Financials", "Risks", "Delivery and KPIs");
        // the site's money: currency code in front in every locale, whole units above 1,000
        assertThat(text).contains("USD 450,000", "USD 214,164", "33.1%", "2.0 years", "2.5 years", "57.1%", "1.41",
                "-30.2%");
        assertThat(text).contains("Today's value of all future net cash, discounted at 10.0% a year");
        assertThat(text).contains("Cost: Engineering", "Benefit: Revenue uplift", "Discount factor", "0.9091",
                "Discounted cumulative", "300,000", "-450,000");
        assertThat(text).contains("swings most with Revenue uplift (benefit)");
        assertThat(text).contains("Engineering", "60.0%", "USD 270,000");
        assertThat(text).contains("Payment provider delays API", "High");
        assertThat(text).contains("One-click checkout", "Saved cards", "Checkout conversion", "Off target");
        assertThat(text).contains("Checkout drops 38 % of buyers.", "slow", "no saved cards", "Do nothing", "the RFC");
    }

    @Test
    void caseWithoutCashFlowsStillGetsABriefSayingFiguresAreMissing() throws IOException {
        String text = text(render(Fixtures.report(), List.of()).bytes("pdf/data-lake.pdf"));

        assertThat(text).contains("Data lake", "Figures are not available");
        assertThat(text).doesNotContain("Discount factor");
    }

    @Test
    void portfolioBriefListsKpisCasesTotalsAndProblems() throws IOException {
        String text = text(render(Fixtures.report(), List.of()).bytes("pdf/portfolio.pdf"));

        assertThat(text).contains("PORTFOLIO BRIEF", "Acme Product Portfolio", "KPI scorecard", "Checkout conversion",
                "Incident MTTR", "Near target", "No target", "Funding cases", "Checkout modernisation",
                "Data lake", "USD 450,000", "Total ask", "All cases", "Problems for data owners",
                "roadmap.xlsx, sheet Roadmap, cell F5", "OPS-7 is overdue");
    }

    @Test
    void everyPageSaysPageXOfYAndTheOutlineNamesEverySection() throws IOException {
        byte[] pdf = render(Fixtures.report(), List.of()).bytes("pdf/checkout.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).contains("Page " + p + " of " + pages, "Internal",
                        "24 November 2026");
            }
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            assertThat(top).containsExactly("Cover", "Executive summary", "The case", "Financials", "Risks",
                    "Delivery and KPIs");
            List<String> financials = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().equals("Financials")) {
                    item.children().forEach(child -> financials.add(child.getTitle()));
                }
            }
            assertThat(financials).containsExactly("Cash flows", "Scenarios", "Sensitivity", "Cost sharing");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Checkout modernisation");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Acme Corp");
            assertThat(doc.getDocumentInformation().getSubject()).contains("checkout");
            assertThat(doc.getDocumentInformation().getKeywords()).contains("business case");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void tablesSplitAcrossPagesRepeatTheirHeaderRow() throws IOException {
        Report base = Fixtures.report();
        List<Problem> many = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            many.add(Problem.warning(io.roadcase.model.Place.cell("kpis.xlsx", "Values", "B" + i), "problem " + i));
        }
        Report report = new Report(base.reportDate(), base.settings(), base.initiatives(), base.kpis(),
                base.fundingCases(), base.risks(), base.stakeholders(), base.summary(), many);
        try (PDDocument doc = Loader.loadPDF(render(report, List.of()).bytes("pdf/portfolio.pdf"))) {
            PDFTextStripper stripper = new PDFTextStripper();
            int pagesWithProblems = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                if (page.contains("kpis.xlsx")) {
                    pagesWithProblems++;
                    assertThat(page).contains("Level Where What");
                }
            }
            assertThat(pagesWithProblems).isGreaterThan(1);
        }
    }

    @Test
    void longCashFlowTablesAreSplitIntoReadablePartsOfSevenPeriods() throws IOException {
        Report base = Fixtures.report();
        io.roadcase.model.CaseFigures c = base.fundingCase("checkout");
        List<io.roadcase.model.CaseFigures.PeriodRow> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            var r = c.periods().get(i % c.periods().size());
            rows.add(new io.roadcase.model.CaseFigures.PeriodRow(i, r.date(), "Q" + (i % 4 + 1) + " " + (2027 + i / 4),
                    r.costs(), r.benefits(), r.totalCosts(), r.totalBenefits(), r.net(), r.discountFactor(),
                    r.discountedNet(), r.cumulative(), r.discountedCumulative()));
        }
        var longCase = new io.roadcase.model.CaseFigures(c.fundingCase(), false, c.cashFlows(), c.npv(), c.irr(),
                c.mirr(), c.roi(), c.bcr(), c.paybackYears(), c.discountedPaybackYears(), c.totalCosts(),
                c.totalBenefits(), c.ask(), c.breakEvenBenefitChange(), rows, c.scenarios(), c.sensitivity(),
                c.costSharing(), c.initiatives(), c.risks());
        Report report = new Report(base.reportDate(), base.settings(), base.initiatives(), base.kpis(),
                List.of(longCase), base.risks(), base.stakeholders(), base.summary(), base.problems());

        String text = text(render(report, List.of()).bytes("pdf/checkout.pdf"));

        assertThat(text).contains("USD Q1 2027 Q2 2027 Q3 2027 Q4 2027 Q1 2028 Q2 2028 Q3 2028 Cost",
                "USD Q4 2028 Q1 2029 Q2 2029 Cost");
    }

    @Test
    void letterPageSizeFromTheSettings() throws IOException {
        Report base = Fixtures.report();
        Settings s = base.settings();
        Settings letter = new Settings(s.title(), s.organization(), s.currency(), s.discountRate(), s.reportDate(),
                s.fiscalYearStart(), s.locale(), s.dateFormat(), s.confidentiality(), s.brandColor(), s.logo(),
                s.sensitivity(), PageSize.LETTER);
        Report report = new Report(base.reportDate(), letter, base.initiatives(), base.kpis(), base.fundingCases(),
                base.risks(), base.stakeholders(), base.summary(), base.problems());
        try (PDDocument doc = Loader.loadPDF(render(report, List.of()).bytes("pdf/portfolio.pdf"))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void sameInputsGiveTheSameBytesWhateverTheDefaultTimeZoneAndLocale() throws IOException {
        byte[] first = render(Fixtures.report(), charts()).bytes("pdf/checkout.pdf");
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            byte[] second = render(Fixtures.report(), charts()).bytes("pdf/checkout.pdf");
            assertThat(second).isEqualTo(first);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    @Test
    void briefsRenderedAtTheSameTimeAreIdentical() throws Exception {
        byte[] expected = render(Fixtures.report(), charts()).bytes("pdf/checkout.pdf");
        List<java.util.concurrent.Callable<byte[]>> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tasks.add(() -> render(Fixtures.report(), charts()).bytes("pdf/checkout.pdf"));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            for (java.util.concurrent.Future<byte[]> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void markdownLinksWorkOnlyForWebAndMailAddresses() throws IOException {
        List<String> safe = links(render(Fixtures.report(), List.of()).bytes("pdf/checkout.pdf"));
        List<String> hostile = links(render(Fixtures.report("x"), List.of()).bytes("pdf/checkout.pdf"));

        assertThat(safe).contains("https://example.com/rfc");
        assertThat(hostile).noneMatch(uri -> uri.startsWith("javascript"));
    }

    private static List<String> links(byte[] pdf) throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var a : page.getAnnotations()) {
                    if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        return uris;
    }

    @Test
    void chartsAreDrawnAsVectorsNotImages() throws IOException {
        byte[] pdf = render(Fixtures.report(), charts()).bytes("pdf/checkout.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFormXObject> forms = new ArrayList<>();
            int images = 0;
            for (PDPage page : doc.getPages()) {
                images += collect(page.getResources(), forms);
            }
            assertThat(images).isZero();
            assertThat(forms).isNotEmpty();
            boolean paths = false;
            for (PDFormXObject form : forms) {
                String ops = new String(form.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
                paths |= ops.contains(" l\n") && (ops.contains("\nf\n") || ops.contains("\nS\n"));
            }
            assertThat(paths).as("a form with line and fill/stroke operators").isTrue();
        }
    }

    @Test
    void hostileTextIsShownAsLiteralText() throws IOException {
        String hostile = "<script>alert(\"x\")</script> & 'quotes'";
        MemoryOutput out = render(Fixtures.report(hostile), List.of());

        String text = text(out.bytes("pdf/checkout.pdf"));
        assertThat(text).contains("<script>alert(\"x\")</script> & 'quotes'", "<script>alert(1)</script>");
        assertThat(text(out.bytes("pdf/portfolio.pdf"))).contains("<script>alert(\"x\")</script>");
    }

    @Test
    void unicodeTitlesSurviveOrAreReplacedVisiblyAndReported() throws IOException {
        String title = "Ünïcødé 東京 漢字 שלום مرحبا 😀";
        MemoryOutput out = new MemoryOutput();
        List<Problem> problems = new PdfRenderer(dataDir).render(Fixtures.report(title), out, List.of());

        Path pdf = dataDir.resolve("u.pdf");
        Files.write(pdf, out.bytes("pdf/checkout.pdf"));
        String text = Normalizer.normalize(pdftotext(pdf), Normalizer.Form.NFKC);
        assertThat(text).contains("Ünïcødé");
        Fonts fonts = Fonts.forThisThread();
        for (String word : List.of("東京", "漢字", "😀")) {
            if (fonts.canDraw(word.codePointAt(0))) {
                assertThat(text).contains(word);
            } else {
                assertThat(text).contains(Typesetter.REPLACEMENT);
                assertThat(problems).anyMatch(p -> p.message().contains(
                        "U+" + Integer.toHexString(word.codePointAt(0)).toUpperCase(Locale.ROOT)));
            }
        }
        // Laid out right to left and shaped (Arabic presentation forms, folded back by NFKC), read in
        // logical order by pdftotext.
        assertThat(text).contains("שלום", "مرحبا");
    }

    @Test
    void characterNoFontCanDrawIsShownAsASquareAndReported() throws IOException {
        String privateUse = new String(Character.toChars(0x10FFFD));
        MemoryOutput out = new MemoryOutput();
        List<Problem> problems = new PdfRenderer(dataDir).render(Fixtures.report("Plan " + privateUse), out, List.of());

        assertThat(text(out.bytes("pdf/checkout.pdf"))).contains("Plan " + Typesetter.REPLACEMENT);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("U+10FFFD", "Plan"));
    }

    @Test
    void qpdfFindsNoStructuralErrors() throws IOException, InterruptedException {
        Path qpdf = ExternalTool.require("qpdf");
        MemoryOutput out = render(Fixtures.report(), charts());
        for (String name : out.files().keySet()) {
            Path pdf = dataDir.resolve(name.replace('/', '-'));
            Files.write(pdf, out.bytes(name));
            Process p = new ProcessBuilder(qpdf.toString(), "--check", pdf.toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(log).isZero();
            assertThat(log).contains("No syntax or stream encoding errors");
        }
    }

    @Test
    void typicalCaseBriefIsSmallEnoughToEmail() throws IOException {
        MemoryOutput out = render(Fixtures.report(), charts());

        assertThat(out.bytes("pdf/checkout.pdf").length).isLessThan(300 * 1024);
    }

    @Test
    void logoFromTheDataDirectoryIsPlacedAndAMissingOneLeftOut() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", dataDir.resolve("logo.png").toFile());
        MemoryOutput out = new MemoryOutput();
        assertThat(new PdfRenderer(dataDir).render(withLogo("logo.png"), out, List.of())).isEmpty();
        try (PDDocument doc = Loader.loadPDF(out.bytes("pdf/checkout.pdf"))) {
            assertThat(collect(doc.getPage(0).getResources(), new ArrayList<>())).isEqualTo(1);
        }

        // The reader reports a missing or refused logo (LinksOutsideTest); the briefs just leave it out.
        MemoryOutput without = new MemoryOutput();
        assertThat(new PdfRenderer(dataDir).render(withLogo("missing.png"), without, List.of())).isEmpty();
        assertThat(without.bytes("pdf/portfolio.pdf")).isNotEmpty();
        assertThat(new PdfRenderer(dataDir).render(withLogo("logo.svg"), new MemoryOutput(), List.of())).isEmpty();
    }

    private static Report withLogo(String logo) {
        Report base = Fixtures.report();
        Settings s = base.settings();
        Settings withLogo = new Settings(s.title(), s.organization(), s.currency(), s.discountRate(), s.reportDate(),
                s.fiscalYearStart(), s.locale(), s.dateFormat(), s.confidentiality(), s.brandColor(), logo,
                s.sensitivity(), s.pageSize());
        return new Report(base.reportDate(), withLogo, base.initiatives(), base.kpis(), base.fundingCases(),
                base.risks(), base.stakeholders(), base.summary(), base.problems());
    }

    private MemoryOutput render(Report report, List<Chart> charts) throws IOException {
        MemoryOutput out = new MemoryOutput();
        new PdfRenderer(dataDir).render(report, out, charts);
        return out;
    }

    private static String text(byte[] pdf) throws IOException {
        return PdfText.flat(pdf);
    }

    private static String pdftotext(Path pdf) throws IOException {
        Path tool = ExternalTool.require("pdftotext");
        try {
            Process p = new ProcessBuilder(tool.toString(), "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(text).isZero();
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Counts image XObjects, also inside forms, and collects the forms. */
    private static int collect(PDResources resources, List<PDFormXObject> forms) throws IOException {
        int images = 0;
        if (resources == null) {
            return 0;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                images++;
            } else if (x instanceof PDFormXObject form) {
                forms.add(form);
                images += collect(form.getResources(), forms);
            }
        }
        return images;
    }

    /** Test-only charts with the names the case brief looks up. */
    private static List<Chart> charts() {
        return List.of(new Box(ChartNames.caseCumulative("checkout"), "Cumulative net cash"),
                new Box(ChartNames.caseTornado("checkout"), "Sensitivity"),
                new Box(ChartNames.kpiSparkline("conv"), "Conversion"));
    }

    private record Box(String name, String title) implements Chart {

        @Override
        public String description() {
            return title + " for tests";
        }

        @Override
        public int width() {
            return 400;
        }

        @Override
        public int height() {
            return 200;
        }

        @Override
        public void paint(Graphics2D g) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 400, 200);
            g.setColor(new Color(0x1f5fad));
            g.setStroke(new BasicStroke(2));
            g.drawLine(10, 190, 390, 10);
            g.fillRect(50, 120, 40, 70);
        }
    }
}
