package io.roadcase.sample;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A deliberately small reader of the sample files for the sample's own checks, independent of the
 * product's reader: it follows INPUT.md's naming rules (loose names, aliases, header row within the
 * first ten rows) so that the sample can be checked before the real reader exists.
 */
final class SampleTables {

    /** A cell value: the displayed text, the number behind it, and the date when it is a date cell. */
    record Value(String text, Double number, LocalDate date, boolean formula) {
        boolean isBlank() {
            return text.isBlank();
        }
    }

    /** One data row: where it is (file, sheet, row) and its values by canonical column name. */
    record TableRow(String place, Map<String, Value> values) {
        Value get(String column) {
            return values.getOrDefault(column, new Value("", null, null, false));
        }

        String text(String column) {
            return get(column).text();
        }
    }

    /** A table found in a sheet or CSV file: its header cells, their canonical column names, and its rows. */
    record Table(String name, String place, List<Value> headerCells, List<String> header, List<TableRow> rows) {
    }

    private static final Map<String, String> TABLE_ALIASES = Map.ofEntries(
            Map.entry("roadmap", "roadmap"), Map.entry("initiatives", "roadmap"), Map.entry("roadmap items", "roadmap"),
            Map.entry("kpis", "kpis"), Map.entry("metrics", "kpis"), Map.entry("kpi definitions", "kpis"),
            Map.entry("kpi values", "kpi values"), Map.entry("measurements", "kpi values"),
            Map.entry("actuals", "kpi values"),
            Map.entry("funding cases", "funding cases"), Map.entry("business cases", "funding cases"),
            Map.entry("cases", "funding cases"), Map.entry("funding", "funding cases"),
            Map.entry("cash flows", "cash flows"), Map.entry("cashflows", "cash flows"),
            Map.entry("financials", "cash flows"),
            Map.entry("scenarios", "scenarios"), Map.entry("risks", "risks"),
            Map.entry("stakeholders", "stakeholders"), Map.entry("settings", "settings"));

    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "roadmap", Set.of("id", "title"), "kpis", Set.of("id", "name"), "kpi values", Set.of("kpi"),
            "funding cases", Set.of("id", "title"), "cash flows", Set.of("case", "period", "type", "amount"),
            "scenarios", Set.of("case", "scenario"), "risks", Set.of("risk", "likelihood", "impact"),
            "stakeholders", Set.of("name", "email"), "settings", Set.of("key", "value"));

    private static final Map<String, Map<String, String>> COLUMN_ALIASES = Map.of(
            "roadmap", Map.of("name", "title", "initiative", "title", "pillar", "theme", "swimlane", "theme",
                    "goal", "theme", "due", "end", "finish", "end", "target date", "end", "dependencies", "depends on",
                    "blocked by", "depends on"),
            "kpis", Map.of("title", "name", "metric", "name", "area", "category"));

    private final Map<String, List<Table>> tables = new LinkedHashMap<>();

    private SampleTables() {
    }

    /** Reads every workbook and CSV file of a data folder, in file-name order. */
    static SampleTables read(Path folder) throws IOException {
        SampleTables result = new SampleTables();
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".xlsx")) {
                result.readWorkbook(file);
            } else if (name.endsWith(".csv")) {
                result.readCsv(file);
            }
        }
        return result;
    }

    /** The tables of one kind, in reading order (several files may hold a part each). */
    List<Table> tables(String name) {
        return tables.getOrDefault(name, List.of());
    }

    /** All rows of one kind, concatenated. */
    List<TableRow> rows(String name) {
        return tables(name).stream().flatMap(table -> table.rows().stream()).toList();
    }

    /** The lower-case name with space, '-' and '_' made the same, as INPUT.md matches names. */
    static String loose(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }

    private void readWorkbook(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.US);
        formatter.setUseCachedValuesForFormulaCells(true);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                String table = TABLE_ALIASES.get(loose(sheet.getSheetName()));
                if (table == null) {
                    continue;
                }
                List<List<Value>> grid = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Value> values = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        values.add(value(row.getCell(c), formatter));
                    }
                    grid.add(values);
                }
                add(table, file.getFileName() + " / " + sheet.getSheetName(), grid);
            }
        }
    }

    private void readCsv(Path file) throws IOException {
        String stem = file.getFileName().toString().replaceFirst("\\.csv$", "");
        String table = TABLE_ALIASES.get(loose(stem));
        List<List<Value>> grid = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
                grid.add(record.stream().map(text -> new Value(text, null, null, false)).toList());
            }
        }
        add(table, file.getFileName().toString(), grid);
    }

    private void add(String table, String place, List<List<Value>> grid) {
        int headerRow = -1;
        List<String> header = List.of();
        List<Value> headerCells = List.of();
        for (int r = 0; r < Math.min(10, grid.size()) && headerRow < 0; r++) {
            List<String> names = grid.get(r).stream().map(value -> canonical(table, value.text())).toList();
            if (names.containsAll(REQUIRED.get(table))) {
                headerRow = r;
                header = names;
                headerCells = grid.get(r);
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (int r = headerRow + 1; headerRow >= 0 && r < grid.size(); r++) {
            List<Value> cells = grid.get(r);
            if (cells.stream().allMatch(Value::isBlank) || cells.get(0).text().startsWith("#")) {
                continue;
            }
            Map<String, Value> values = new LinkedHashMap<>();
            for (int c = 0; c < Math.min(header.size(), cells.size()); c++) {
                values.put(header.get(c), cells.get(c));
            }
            rows.add(new TableRow(place + " row " + (r + 1), values));
        }
        tables.computeIfAbsent(table, key -> new ArrayList<>()).add(new Table(table, place, headerCells, header, rows));
    }

    private static String canonical(String table, String header) {
        String name = loose(header);
        return COLUMN_ALIASES.getOrDefault(table, Map.of()).getOrDefault(name, name);
    }

    private static Value value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return new Value("", null, null, false);
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = formatter.formatCellValue(cell).trim();
        if (type == CellType.NUMERIC) {
            LocalDate date = DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate() : null;
            return new Value(text, cell.getNumericCellValue(), date, formula);
        }
        return new Value(text, null, null, formula);
    }
}
