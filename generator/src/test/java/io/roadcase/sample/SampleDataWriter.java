package io.roadcase.sample;

import io.roadcase.starter.StarterWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample data of the fictional Northwind Cloud into a folder: four workbooks, a CSV file and
 * a logo. The content is fixed (no clock, seeded noise), and so are the workbooks' creation dates and
 * zip entry times, so running it again gives the same files.
 *
 * <p>Usage: {@code SampleDataWriter <output folder>} (see {@code sample-data/README.md}).
 */
public final class SampleDataWriter {

    /** Every file the writer produces, in file-name order (the order Roadcase reads them in). */
    static final List<String> FILES = List.of("finance.xlsx", "northwind-logo.svg", "portfolio.xlsx", "risks.csv",
            "roadmap-growth.xlsx", "roadmap-platform.xlsx");

    /** The moment the workbooks claim to have been made, and the time of every zip entry in them. */
    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 11, 20, 9, 0);

    private SampleDataWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: SampleDataWriter <output folder>");
            System.exit(2);
        }
        // POI logs through Log4j's API, which warns when no provider is bound; nothing here is worth logging.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        Path folder = Path.of(args[0]);
        write(folder);
        System.out.println("Sample data written to " + folder.toAbsolutePath().normalize());
    }

    /** Writes every sample file into {@code folder}, creating it if needed. */
    static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        workbook(folder.resolve("finance.xlsx"), builder -> {
            PortfolioSheets.financeReadMe(builder);
            FinanceSheets.fundingCases(builder);
            FinanceSheets.cashFlows(builder);
            FinanceSheets.scenarios(builder);
            KpiSheets.wideActuals(builder);
        });
        workbook(folder.resolve("portfolio.xlsx"), builder -> {
            PortfolioSheets.instructions(builder);
            PortfolioSheets.settings(builder);
            RoadmapSheets.portfolioRoadmap(builder);
            KpiSheets.definitions(builder);
            KpiSheets.longValues(builder);
            PortfolioSheets.stakeholders(builder);
            StrategySheets.objectives(builder);
            ChartSheets.incidents(builder);
            ChartSheets.support(builder);
            ChartSheets.charts(builder);
        });
        workbook(folder.resolve("roadmap-platform.xlsx"), builder -> {
            RoadmapSheets.platformRoadmap(builder);
            PortfolioSheets.platformNotes(builder);
        });
        workbook(folder.resolve("roadmap-growth.xlsx"), builder -> {
            RoadmapSheets.growthRoadmap(builder);
            StrategySheets.epic(builder);
        });
        risks(folder.resolve("risks.csv"));
        Files.writeString(folder.resolve("northwind-logo.svg"), LOGO, StandardCharsets.UTF_8);
    }

    private static void workbook(Path file, Consumer<SheetBuilder> content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            content.accept(new SheetBuilder(workbook));
            // POI stores formulas without a result; Roadcase (like any reader) needs the cached value.
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            var properties = workbook.getProperties().getCoreProperties();
            Date written = Date.from(WRITTEN.toInstant(ZoneOffset.UTC));
            properties.setCreator("Northwind Cloud product operations");
            properties.setTitle(file.getFileName().toString());
            properties.setCreated(Optional.of(written));
            properties.setModified(Optional.of(written));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            Files.write(file, StarterWorkbook.withFixedEntryTimes(bytes.toByteArray(), WRITTEN));
        }
    }

    /** Risks live in a CSV file (UTF-8, one record spans two lines) to show that CSV tables work too. */
    private static void risks(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, format)) {
            csv.printRecord("risk", "case", "initiative", "likelihood", "impact", "mitigation", "owner", "status");
            csv.printRecord("Self-serve plans cannibalise mid-market deals", "fc-self-serve", "", "medium", "high",
                    "Cap self-serve plans at 25 technicians; sales keeps larger deals.", "Sofia Lindqvist", "open");
            csv.printRecord("Payment provider onboarding takes longer than planned", "fc-self-serve", "", "low",
                    "medium", "KYC started in October and approved on 3 November.", "Kwame Asante", "closed");
            csv.printRecord("Observability licence price rises at renewal", "fc-observability", "", "3", "4",
                    "Three-year price lock in the contract; see the scenario \"Vendor price rise\".",
                    "Elena Petrova", "open");
            csv.printRecord("Teams keep using the legacy monitoring tools", "fc-observability", "", "3", "2",
                    "Switch off legacy dashboards service by service once its SLOs are live.", "Lukas Brandt", "open");
            csv.printRecord("Works councils reject the data-processing terms", "fc-eu-region", "", "high",
                    "very high",
                    "Review the DPA with the works councils of two pilot customers in December.\n"
                            + "Fallback: customer-managed encryption keys.",
                    "Jonas Becker", "open");
            csv.printRecord("No Frankfurt capacity in January", "fc-eu-region", "", "low", "high",
                    "Capacity reserved with the provider; confirmation due 1 December (€40k deposit).",
                    "Elena Petrova", "open");
            csv.printRecord("AI suggestions are wrong on billing questions", "fc-support-ai", "", "medium", "medium",
                    "Human approval of every answer during the pilot; weekly quality review.", "Tomás Ferreira",
                    "open");
            csv.printRecord("Kafka capacity for dispatch events", "", "FX-102", "very low", "high",
                    "Load test at 3× peak traffic passed in October.", "Kwame Asante", "closed");
            csv.printRecord("Android camera regression on 14 % of devices", "", "FX-106", "very high", "medium",
                    "Beta fix in testing; fall back to the system camera app.", "Marco Bellini", "open");
            csv.printRecord("Auditor finds gaps in change management", "", "PLT-206", "2", "5",
                    "Mock audit in December with the new deploy approvals.", "Lukas Brandt", "open");
            csv.printRecord("Stripe Tax does not cover every Canadian province", "", "GRW-301", "low", "low",
                    "Launch in the US first; Canada in Q2.", "Ravi Menon", "open");
            csv.printRecord("Technician jargon translated badly", "", "FX-108", "3", "2",
                    "Glossary reviewed by two customers per language; Zoë Müller (Berlin) leads the German review.",
                    "Aisha Rahman", "open");
            csv.printRecord("Referral fraud (self-referrals)", "", "GRW-305", "low", "very low",
                    "One reward per payment card; manual review above five referrals.", "Sam Okafor", "open");
        }
    }

    /** A simple mark: the brand colour with a white compass needle pointing north-west. */
    private static final String LOGO = """
            <svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40">
              <title>Northwind Cloud</title>
              <rect x="0" y="0" width="40" height="40" rx="8" fill="#0F766E"/>
              <path d="M9 31 L20 7 L31 31 L20 24 Z" fill="#FFFFFF"/>
              <text x="48" y="26" font-family="DejaVu Sans, Arial, sans-serif" font-size="15" font-weight="bold"
                    fill="#0F766E">Northwind Cloud</text>
            </svg>
            """;
}
