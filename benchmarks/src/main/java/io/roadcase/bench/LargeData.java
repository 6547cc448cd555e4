package io.roadcase.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes realistic large inputs for the benchmarks (seeded, so every run measures the same data):
 * <ul>
 *   <li>{@code kpi-values DIR [rows]}: a {@code kpis.csv} and a {@code kpi_values} workbook of
 *   1,000,000 rows by default, plus the same rows as {@code kpi-values.csv} in {@code DIR/csv/};</li>
 *   <li>{@code portfolio DIR [scale]}: at scale 1, 2,000 initiatives in 20 themes, 300 KPIs × 60
 *   months, 100 funding cases with 5–20 cash-flow lines each, risks and scenarios.</li>
 * </ul>
 */
public final class LargeData {

    private static final LocalDate START = LocalDate.of(2022, 1, 1);

    private LargeData() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: LargeData kpi-values DIR [rows] | portfolio DIR [scale]");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        switch (args[0]) {
            case "kpi-values" -> kpiValues(dir, args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000);
            case "portfolio" -> portfolio(dir, args.length > 2 ? Double.parseDouble(args[2]) : 1.0);
            default -> {
                System.err.println("unknown data set " + args[0]);
                System.exit(2);
            }
        }
    }

    /** 1,000 KPIs with daily values: {@code rows} rows in all. */
    static void kpiValues(Path dir, int rows) throws IOException {
        int kpis = 1000;
        int perKpi = rows / kpis;
        Random random = new Random(42);
        try (Writer w = Files.newBufferedWriter(dir.resolve("kpis.csv"), StandardCharsets.UTF_8)) {
            w.write("id,name,unit,direction,target\n");
            for (int k = 0; k < kpis; k++) {
                w.write("K" + k + ",Metric " + k + ",ms,lower,100\n");
            }
        }
        Path csvDir = dir.resolve("csv");
        Files.createDirectories(csvDir);
        Files.copy(dir.resolve("kpis.csv"), csvDir.resolve("kpis.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
                Writer csv = Files.newBufferedWriter(csvDir.resolve("kpi-values.csv"), StandardCharsets.UTF_8)) {
            wb.setCompressTempFiles(true);
            CellStyle dateStyle = dateStyle(wb);
            Sheet sheet = wb.createSheet("KPI Values");
            header(sheet, "kpi", "date", "value", "target", "note");
            csv.write("kpi,date,value,target,note\n");
            int r = 1;
            for (int k = 0; k < kpis; k++) {
                double value = 100 + random.nextInt(200);
                for (int d = 0; d < perKpi; d++) {
                    value = Math.max(1, value + random.nextGaussian() * 3);
                    double rounded = Math.round(value * 100) / 100.0;
                    LocalDate date = START.plusDays(d);
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue("K" + k);
                    Cell c = row.createCell(1);
                    c.setCellValue(date);
                    c.setCellStyle(dateStyle);
                    row.createCell(2).setCellValue(rounded);
                    String note = d % 97 == 0 ? "release " + d : null;
                    if (note != null) {
                        row.createCell(4).setCellValue(note);
                    }
                    csv.write("K" + k + "," + date + "," + rounded + ",," + (note == null ? "" : note) + "\n");
                }
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("kpi_values.xlsx"))) {
                wb.write(out);
            }
        }
    }

    static void portfolio(Path dir, double scale) throws IOException {
        Random random = new Random(7);
        int initiatives = (int) Math.round(2000 * scale);
        int kpis = Math.max(1, (int) Math.round(300 * scale));
        int cases = Math.max(1, (int) Math.round(100 * scale));
        int themes = 20;
        String[] statuses = {"planned", "in-progress", "done", "at-risk", "blocked", "planned", "in-progress"};

        try (Writer w = Files.newBufferedWriter(dir.resolve("settings.csv"), StandardCharsets.UTF_8)) {
            w.write("key,value\ntitle,Large portfolio\norganization,Bench Corp\nreport_date,2026-11-24\n"
                    + "fiscal_year_start,4\nconfidentiality,Internal\n");
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle dateStyle = dateStyle(wb);
            Sheet roadmap = wb.createSheet("Roadmap");
            header(roadmap, "id", "title", "theme", "team", "status", "start", "end", "progress", "reach", "impact",
                    "confidence", "effort", "business_value", "time_criticality", "risk_reduction", "job_size",
                    "depends_on", "kpis", "funding_case");
            for (int i = 0; i < initiatives; i++) {
                Row row = roadmap.createRow(i + 1);
                LocalDate start = START.plusDays(300 + random.nextInt(1400));
                text(row, 0, "I" + i);
                text(row, 1, "Initiative number " + i + " for theme " + (i % themes));
                text(row, 2, "Theme " + (i % themes));
                text(row, 3, "Team " + (i % 37));
                text(row, 4, statuses[random.nextInt(statuses.length)]);
                date(row, 5, start, dateStyle);
                date(row, 6, start.plusDays(30 + random.nextInt(300)), dateStyle);
                row.createCell(7).setCellValue(random.nextInt(101) / 100.0);
                row.createCell(8).setCellValue(100 + random.nextInt(10000));
                row.createCell(9).setCellValue(new double[] {0.25, 0.5, 1, 2, 3}[random.nextInt(5)]);
                row.createCell(10).setCellValue(new double[] {0.5, 0.8, 1}[random.nextInt(3)]);
                row.createCell(11).setCellValue(1 + random.nextInt(20));
                for (int c = 12; c < 16; c++) {
                    row.createCell(c).setCellValue(1 + random.nextInt(20));
                }
                if (i > 0 && i % 4 == 0) {
                    text(row, 16, "I" + (i - 1 - random.nextInt(Math.min(i, 50))));
                }
                text(row, 17, "K" + random.nextInt(kpis));
                if (i % 20 == 0) {
                    text(row, 18, "C" + random.nextInt(cases));
                }
            }

            Sheet kpiSheet = wb.createSheet("KPIs");
            header(kpiSheet, "id", "name", "unit", "direction", "target", "target_date", "baseline", "category");
            Sheet values = wb.createSheet("KPI Values");
            header(values, "kpi", "date", "value", "note");
            int v = 1;
            for (int k = 0; k < kpis; k++) {
                Row row = kpiSheet.createRow(k + 1);
                boolean percent = k % 3 == 0;
                text(row, 0, "K" + k);
                text(row, 1, "Key metric " + k);
                text(row, 2, percent ? "%" : "ms");
                text(row, 3, percent ? "higher" : "lower");
                row.createCell(4).setCellValue(percent ? 0.9 : 120);
                date(row, 5, LocalDate.of(2027, 6, 30), dateStyle);
                row.createCell(6).setCellValue(percent ? 0.6 : 300);
                text(row, 7, new String[] {"customer", "efficiency", "reliability", "financial"}[k % 4]);
                double value = percent ? 0.6 : 300;
                for (int m = 0; m < 60; m++) {
                    value = percent ? Math.min(1, Math.max(0, value + random.nextGaussian() * 0.01 + 0.004))
                            : Math.max(1, value + random.nextGaussian() * 5 - 2);
                    Row vr = values.createRow(v++);
                    text(vr, 0, "K" + k);
                    date(vr, 1, START.plusMonths(m), dateStyle);
                    vr.createCell(2).setCellValue(value);
                    if (m % 17 == 0) {
                        text(vr, 3, "Release " + m);
                    }
                }
            }

            Sheet caseSheet = wb.createSheet("Funding cases");
            header(caseSheet, "id", "title", "sponsor", "status", "periodicity", "start", "cost_sharing", "summary");
            Sheet flows = wb.createSheet("Cash flows");
            header(flows, "case", "period", "type", "category", "amount");
            String[] periodicities = {"year", "quarter", "month"};
            String[] caseStatuses = {"draft", "proposed", "approved", "funded", "rejected"};
            int f = 1;
            for (int c = 0; c < cases; c++) {
                Row row = caseSheet.createRow(c + 1);
                text(row, 0, "C" + c);
                text(row, 1, "Business case " + c);
                text(row, 2, "Sponsor " + (c % 9));
                text(row, 3, caseStatuses[c % caseStatuses.length]);
                text(row, 4, periodicities[c % 3]);
                date(row, 5, LocalDate.of(2027, 1, 1), dateStyle);
                text(row, 6, "Engineering 50%, Support 30%, Finance 20%");
                text(row, 7, "Invest in **capability " + c + "** to grow revenue and cut cost.");
                int lines = 5 + random.nextInt(16);
                for (int l = 0; l < lines; l++) {
                    Row fr = flows.createRow(f++);
                    boolean cost = l < 2 || random.nextInt(3) == 0;
                    text(fr, 0, "C" + c);
                    fr.createCell(1).setCellValue(cost && l < 2 ? 0 : 1 + random.nextInt(8));
                    text(fr, 2, cost ? "cost" : "benefit");
                    text(fr, 3, (cost ? "Cost line " : "Benefit line ") + (l % 4));
                    fr.createCell(4).setCellValue((cost ? 50_000 : 40_000) + random.nextInt(100_000));
                }
            }

            Sheet scenarios = wb.createSheet("Scenarios");
            header(scenarios, "case", "scenario", "cost_factor", "benefit_factor", "benefit_delay");
            String[][] rows = {{"*", "Pessimistic", "1.2", "0.8", "1"}, {"*", "Optimistic", "0.9", "1.15", "0"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = scenarios.createRow(i + 1);
                text(row, 0, rows[i][0]);
                text(row, 1, rows[i][1]);
                for (int c = 2; c < 5; c++) {
                    row.createCell(c).setCellValue(Double.parseDouble(rows[i][c]));
                }
            }

            Sheet risks = wb.createSheet("Risks");
            header(risks, "risk", "case", "initiative", "likelihood", "impact", "mitigation");
            for (int i = 0; i < cases * 3; i++) {
                Row row = risks.createRow(i + 1);
                text(row, 0, "Risk " + i + ": vendor or delivery slips");
                if (i % 2 == 0) {
                    text(row, 1, "C" + (i % cases));
                } else {
                    text(row, 2, "I" + (i % Math.max(1, initiatives)));
                }
                row.createCell(3).setCellValue(1 + random.nextInt(5));
                row.createCell(4).setCellValue(1 + random.nextInt(5));
                text(row, 5, "Weekly review");
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("portfolio.xlsx"))) {
                wb.write(out);
            }
        }
    }

    private static CellStyle dateStyle(SXSSFWorkbook wb) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
