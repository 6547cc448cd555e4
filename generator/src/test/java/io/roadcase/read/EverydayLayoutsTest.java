package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Config;
import io.roadcase.Generator;
import io.roadcase.Result;
import io.roadcase.analyze.Analyzer;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.Observation;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.read.PortfolioReader.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The everyday layouts end to end, on .xlsx files written with POI as a finance team and a KPI owner
 * lay them out: a finance workbook with years across, a total column and a total row (formulas with
 * their saved results); a KPI tracker with month headers under merged year cells and a target column.
 */
class EverydayLayoutsTest {

    private static final LocalDate REPORT_DATE = LocalDate.of(2026, 11, 24);

    @TempDir
    Path tmp;

    @Test
    void aFinanceWorkbookWithYearsAcrossGivesTheFiguresOfTheLongLayout() throws IOException {
        Path wide = Files.createDirectories(tmp.resolve("wide"));
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            fundingCases(book.createSheet("Funding cases"));
            Sheet flows = book.createSheet("Cash flows");
            cells(flows.createRow(0), "CRM replacement: cash flows (USD)");
            cells(flows.createRow(2), "Case", "Type", "Category", 2026, 2027, 2028, "Total");
            cells(flows.createRow(3), "crm", "capex", "Licences", 120_000, 40_000, 40_000);
            cells(flows.createRow(4), "crm", "opex", "Staff", 30_000, 30_000, null);
            cells(flows.createRow(5), "crm", "saving", "Support hours", null, 90_000, 150_000);
            cells(flows.createRow(6), "crm", "cost", "Total costs");
            for (int r = 3; r <= 5; r++) {
                flows.getRow(r).createCell(6).setCellFormula("SUM(D" + (r + 1) + ":F" + (r + 1) + ")");
            }
            for (int c = 3; c <= 6; c++) {
                String col = String.valueOf((char) ('A' + c));
                flows.getRow(6).createCell(c).setCellFormula("SUM(" + col + "4:" + col + "5)");
            }
            write(book, wide.resolve("finance.xlsx"));
        }
        Path longLayout = Files.createDirectories(tmp.resolve("long"));
        Files.writeString(longLayout.resolve("funding_cases.csv"),
                "id,title,start,discount_rate,periodicity\ncrm,CRM replacement,2026-01-01,8%,year\n",
                StandardCharsets.UTF_8);
        Files.writeString(longLayout.resolve("cash_flows.csv"), """
                case,period,type,category,amount
                crm,2026-01-01,capex,Licences,120000
                crm,2027-01-01,capex,Licences,40000
                crm,2028-01-01,capex,Licences,40000
                crm,2026-01-01,opex,Staff,30000
                crm,2027-01-01,opex,Staff,30000
                crm,2027-01-01,saving,Support hours,90000
                crm,2028-01-01,saving,Support hours,150000
                """, StandardCharsets.UTF_8);

        ReadResult read = PortfolioReader.read(wide);
        assertThat(read.problems()).noneMatch(Problem::isError);
        assertThat(read.problems()).filteredOn(p -> p.level() == Problem.Level.INFO)
                .extracting(Problem::place).contains(Place.cell("finance.xlsx", "Cash flows", "G3"),
                        Place.cell("finance.xlsx", "Cash flows", "A7"));
        assertThat(read.portfolio().cashFlows()).hasSize(7);
        assertThat(read.portfolio().cashFlows().get(1).origin().at("amount"))
                .isEqualTo(Place.cell("finance.xlsx", "Cash flows", "E4"));

        CaseFigures fromWide = figures(wide);
        CaseFigures fromLong = figures(longLayout);
        assertThat(fromWide.npv()).isNotNull().isEqualTo(fromLong.npv());
        assertThat(fromWide.irr()).isNotNull().isEqualTo(fromLong.irr());
        assertThat(fromWide.paybackYears()).isEqualTo(fromLong.paybackYears());

        Result validated = new Generator(Config.of(wide, null).withReportDate(REPORT_DATE)).validate();
        assertThat(validated.failed()).isFalse();
    }

    @Test
    void aKpiTrackerWithMonthsUnderMergedYearCellsAndATargetColumn() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("kpis"));
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet kpis = book.createSheet("KPIs");
            cells(kpis.createRow(0), "id", "name", "target");
            cells(kpis.createRow(1), "nps", "Net promoter score", 50);
            cells(kpis.createRow(2), "mttr", "Time to restore (min)", 30);
            Sheet tracker = book.createSheet("KPI values");
            cells(tracker.createRow(0), null, null, 2025, null, 2026, null, null);
            tracker.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            tracker.addMergedRegion(new CellRangeAddress(0, 0, 4, 6));
            cells(tracker.createRow(1), "KPI", "Target", "Nov", "Dec", "Jan", "Feb", "YTD");
            cells(tracker.createRow(2), "nps", 45, 41, 42, 44, 46, 45);
            cells(tracker.createRow(3), "mttr", null, 40, null, 35, 31, 33);
            // A second team keeps its tracker in German, with the year as a setting.
            Sheet german = book.createSheet("Measurements");
            cells(german.createRow(0), "KPI", "Jan.", "Feb.", "März");
            cells(german.createRow(1), "csat", 4.1, 4.2, 4.4);
            Sheet settings = book.createSheet("Settings");
            cells(settings.createRow(0), "key", "value");
            cells(settings.createRow(1), "kpi_year", 2026);
            cells(book.getSheet("KPIs").createRow(3), "csat", "Customer satisfaction", 4.5);
            write(book, data.resolve("tracker.xlsx"));
        }

        ReadResult read = PortfolioReader.read(data);
        assertThat(read.problems()).noneMatch(Problem::isError);
        assertThat(read.portfolio().observations()).extracting(EverydayLayoutsTest::dated).containsExactly(
                "nps 2025-11-01 41.0 45.0", "nps 2025-12-01 42.0 45.0", "nps 2026-01-01 44.0 45.0",
                "nps 2026-02-01 46.0 45.0", "mttr 2025-11-01 40.0 null", "mttr 2026-01-01 35.0 null",
                "mttr 2026-02-01 31.0 null", "csat 2026-01-01 4.1 null", "csat 2026-02-01 4.2 null",
                "csat 2026-03-01 4.4 null");
        Result validated = new Generator(Config.of(data, null).withReportDate(REPORT_DATE)).validate();
        assertThat(validated.failed()).isFalse();
    }

    private static String dated(Observation o) {
        return o.kpi() + " " + o.date() + " " + o.value() + " " + o.target();
    }

    private static CaseFigures figures(Path data) {
        ReadResult read = PortfolioReader.read(data);
        List<Problem> problems = new ArrayList<>(read.problems());
        Report report = Analyzer.analyze(read.portfolio(), REPORT_DATE, problems);
        assertThat(problems).noneMatch(Problem::isError);
        return report.fundingCases().get(0);
    }

    private static void fundingCases(Sheet sheet) {
        cells(sheet.createRow(0), "id", "title", "start", "discount_rate", "periodicity");
        cells(sheet.createRow(1), "crm", "CRM replacement", "2026-01-01", "8%", "year");
    }

    /** Writes a row: Strings as text, Numbers as numbers, null as no cell. */
    private static void cells(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    private static void write(XSSFWorkbook book, Path file) throws IOException {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }
}
