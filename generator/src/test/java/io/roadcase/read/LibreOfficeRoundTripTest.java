package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.GeneratorTestSupport;
import io.roadcase.model.Observation;
import io.roadcase.model.Origin;
import io.roadcase.model.Portfolio;
import io.roadcase.model.Problem;
import io.roadcase.testing.ExternalTool;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample workbooks saved by another spreadsheet application: LibreOffice converts them to .xlsx,
 * to legacy .xls and (one workbook, every sheet) to CSV, and each must read to the same portfolio as
 * the originals, apart from where each record came from. LibreOffice starts once per format, in
 * {@link #convert}, for the whole class.
 */
class LibreOfficeRoundTripTest {

    private static final LocalDate REPORT_DATE = LocalDate.of(2026, 6, 30);
    /** LibreOffice 7.2+: comma, double quotes, UTF-8, cells as shown, every sheet to {@code <name>-<Sheet>.csv}. */
    private static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    @TempDir
    static Path work;
    private static Path xlsx;
    private static Path xls;
    private static Path csvSheets;

    @BeforeAll
    static void convert() throws Exception {
        Path soffice = ExternalTool.require("soffice");
        List<Path> workbooks;
        try (Stream<Path> files = Files.list(GeneratorTestSupport.SAMPLE)) {
            workbooks = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(workbooks).as("sample workbooks in %s", GeneratorTestSupport.SAMPLE).isNotEmpty();
        xlsx = convert(soffice, "xlsx", workbooks, "xlsx");
        xls = convert(soffice, "xls", workbooks, "xls");
        copyOtherFiles(xlsx);
        copyOtherFiles(xls);
        csvSheets = convert(soffice, "csv", List.of(GeneratorTestSupport.SAMPLE.resolve("portfolio.xlsx")), CSV_FILTER);
    }

    @Test
    void readsLibreOfficeXlsxLikeTheOriginals() {
        PortfolioReader.ReadResult original = PortfolioReader.read(GeneratorTestSupport.SAMPLE, REPORT_DATE, null);
        PortfolioReader.ReadResult converted = PortfolioReader.read(xlsx, REPORT_DATE, null);

        assertThat(errors(converted)).isEmpty();
        assertSamePortfolio(converted.portfolio(), original.portfolio());
    }

    @Test
    void readsLibreOfficeXlsLikeTheOriginals() {
        PortfolioReader.ReadResult original = PortfolioReader.read(GeneratorTestSupport.SAMPLE, REPORT_DATE, null);
        PortfolioReader.ReadResult converted = PortfolioReader.read(xls, REPORT_DATE, null);

        assertThat(errors(converted)).isEmpty();
        assertSamePortfolio(converted.portfolio(), original.portfolio());
    }

    @Test
    void readsEverySheetSavedAsCsvLikeTheWorkbook() throws IOException {
        Path workbookOnly = Files.createDirectories(work.resolve("workbook-only"));
        Files.copy(GeneratorTestSupport.SAMPLE.resolve("portfolio.xlsx"), workbookOnly.resolve("portfolio.xlsx"));
        // portfolio-Roadmap.csv holds the sheet "Roadmap": named by its sheet, it is that table. KPI Values
        // is left out: LibreOffice writes its date cells "as shown", in its locale's short form (03/01/2025),
        // which Roadcase rightly refuses as ambiguous (docs/robustness.md).
        Path csvFolder = Files.createDirectories(work.resolve("csv-tables"));
        try (Stream<Path> files = Files.list(csvSheets)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString().substring("portfolio-".length());
                if (!name.equals("KPI Values.csv")) {
                    Files.copy(file, csvFolder.resolve(name));
                }
            }
        }

        PortfolioReader.ReadResult fromWorkbook = PortfolioReader.read(workbookOnly, REPORT_DATE, null);
        PortfolioReader.ReadResult fromCsv = PortfolioReader.read(csvFolder, REPORT_DATE, null);

        assertThat(fromCsv.files()).as("one CSV file per sheet").hasSizeGreaterThan(1);
        assertThat(errors(fromCsv)).isEmpty();
        assertSamePortfolio(fromCsv.portfolio(), fromWorkbook.portfolio(), "observations");
    }

    private static List<Problem> errors(PortfolioReader.ReadResult result) {
        return result.problems().stream().filter(p -> p.level() == Problem.Level.ERROR).toList();
    }

    /** Table by table, so a difference names its table; every record compared without its origin. */
    private static void assertSamePortfolio(Portfolio actual, Portfolio expected, String... leftOut) {
        assertThat(expected.initiatives()).as("the original portfolio is not empty").isNotEmpty();
        Map<String, Object> actualTables = tables(withoutOrigins(actual));
        Map<String, Object> expectedTables = tables(withoutOrigins(expected));
        List.of(leftOut).forEach(expectedTables::remove);
        for (String table : expectedTables.keySet()) {
            assertThat(actualTables.get(table)).as(table).isEqualTo(expectedTables.get(table));
        }
    }

    private static Map<String, Object> tables(Portfolio portfolio) {
        Map<String, Object> tables = new LinkedHashMap<>();
        for (RecordComponent component : Portfolio.class.getRecordComponents()) {
            tables.put(component.getName(), value(component, portfolio));
        }
        return tables;
    }

    /** A copy of a record, list or value with every {@link Origin} replaced by {@link Origin#NONE}. */
    @SuppressWarnings("unchecked")
    static <T> T withoutOrigins(T value) {
        if (value instanceof Origin) {
            return (T) Origin.NONE;
        }
        if (value instanceof Observation o) { // not a record: see Observation
            return (T) new Observation(o.kpi(), o.date(), o.value(), o.target(), o.note(), Origin.NONE);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(withoutOrigins(item)));
            return (T) copy;
        }
        if (value == null || !value.getClass().isRecord()) {
            return value;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = withoutOrigins(value(components[i], value));
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (T) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + value.getClass(), e);
        }
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    /** One LibreOffice run converting the files into a new folder, whose path it returns. */
    private static Path convert(Path soffice, String folder, List<Path> files, String target) throws Exception {
        Path out = Files.createDirectories(work.resolve(folder));
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + work.resolve("lo-profile").toUri(), "--convert-to", target,
                "--outdir", out.toString()));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(folder + ".log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("soffice did not finish converting to " + folder + " within 5 minutes");
        }
        String log = Files.readString(work.resolve(folder + ".log"));
        assertThat(process.exitValue()).as("soffice exit code; output:%n%s", log).isZero();
        try (Stream<Path> converted = Files.list(out)) {
            assertThat(converted.count()).as("files converted to %s; soffice said:%n%s", folder, log)
                    .isGreaterThanOrEqualTo(files.size());
        }
        return out;
    }

    /** The sample's CSV and other files, unchanged, so each converted folder is the whole portfolio. */
    private static void copyOtherFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(GeneratorTestSupport.SAMPLE)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && !file.toString().endsWith(".xlsx")) {
                    Files.copy(file, folder.resolve(file.getFileName()));
                }
            }
        }
    }
}
