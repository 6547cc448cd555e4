package io.roadcase.source;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Times {@link Sources#read} on a generated 1,000,000-row kpi_values workbook and prints rows per
 * second and peak heap. Not a test: run it by hand, e.g. with {@code -Xmx256m}, passing an optional
 * row count and an optional .xlsx path (generated when missing, kept afterwards).
 */
public final class ReadBench {

    private ReadBench() {
    }

    public static void main(String[] args) throws Exception {
        int rowCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean keep = args.length > 1;
        Path file = keep ? Path.of(args[1]) : Files.createTempFile("kpi_values", ".xlsx");
        if (!keep || !Files.exists(file)) {
            generate(rowCount, file);
        }
        System.out.printf(Locale.ROOT, "file %s, %,d bytes%n", file, Files.size(file));
        for (int run = 1; run <= 3; run++) {
            long[] rows = {0};
            long[] cells = {0};
            resetPeaks();
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            Sources.read(file, file.getFileName().toString(), (f, sheet) -> (number, row) -> {
                rows[0]++;
                cells[0] += row.size();
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT,
                    "run %d: %,d rows (%,d cells) in %.2f s (%.2f s CPU) = %,.0f rows/s, peak heap %d MB%n",
                    run, rows[0], cells[0], seconds, cpu, rows[0] / seconds, peakHeapBytes() / (1024 * 1024));
        }
        if (!keep) {
            Files.delete(file);
        }
    }

    /** Writes kpi, date, value, target, note with SXSSF (a 100-row window: constant memory). */
    private static void generate(int rowCount, Path file) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("kpi_values");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percentStyle = workbook.createCellStyle();
            percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            List<String> header = List.of("kpi", "date", "value", "target", "note");
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            LocalDate start = LocalDate.of(2020, 1, 1);
            for (int r = 1; r <= rowCount; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("KPI-" + (r % 500));
                org.apache.poi.ss.usermodel.Cell date = row.createCell(1);
                date.setCellValue(start.plusDays(r % 2000));
                date.setCellStyle(dateStyle);
                row.createCell(2).setCellValue(r % 1000 + 0.25);
                org.apache.poi.ss.usermodel.Cell target = row.createCell(3);
                target.setCellValue((r % 100) / 100.0);
                target.setCellStyle(percentStyle);
                if (r % 10 == 0) {
                    row.createCell(4).setCellValue("checked by team " + (r % 7));
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
