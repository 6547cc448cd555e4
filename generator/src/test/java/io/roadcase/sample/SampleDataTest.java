package io.roadcase.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.sample.SampleTables.Table;
import io.roadcase.sample.SampleTables.TableRow;
import io.roadcase.sample.SampleTables.Value;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the committed sample data against the input contract (INPUT.md) and against the intent of the
 * sample (every feature shown, references valid, one deliberate schedule conflict), and that the
 * committed files are what {@link SampleDataWriter} writes today.
 */
class SampleDataTest {

    static final Path DATA = Path.of(System.getProperty("basedir", "."))
            .resolve("../sample-data/src/roadcase").normalize();

    private static final Map<String, String> STATUS_WORDS = Map.ofEntries(
            Map.entry("planned", "planned"), Map.entry("todo", "planned"), Map.entry("not started", "planned"),
            Map.entry("in progress", "in-progress"), Map.entry("wip", "in-progress"),
            Map.entry("active", "in-progress"), Map.entry("doing", "in-progress"),
            Map.entry("started", "in-progress"), Map.entry("done", "done"), Map.entry("complete", "done"),
            Map.entry("completed", "done"), Map.entry("shipped", "done"), Map.entry("delivered", "done"),
            Map.entry("at risk", "at-risk"), Map.entry("blocked", "blocked"), Map.entry("cancelled", "cancelled"),
            Map.entry("canceled", "cancelled"), Map.entry("dropped", "cancelled"));

    private static SampleTables sample;

    @BeforeAll
    static void readSample() throws IOException {
        sample = SampleTables.read(DATA);
    }

    @Test
    void committedFilesAreWhatTheWriterWrites(@TempDir Path fresh) throws IOException {
        SampleDataWriter.write(fresh);

        for (String file : SampleDataWriter.FILES) {
            assertThat(content(DATA.resolve(file)))
                    .as("%s differs from the writer's output: regenerate (see sample-data/README.md)", file)
                    .isEqualTo(content(fresh.resolve(file)));
        }
        try (var listing = Files.list(DATA)) {
            assertThat(listing.map(path -> path.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(SampleDataWriter.FILES);
        }
    }

    @Test
    void everyTableIsFoundBelowItsTitleRows() {
        for (String name : List.of("roadmap", "kpis", "kpi values", "funding cases", "cash flows", "scenarios",
                "risks", "stakeholders", "settings")) {
            assertThat(sample.tables(name)).as(name).isNotEmpty()
                    .allSatisfy(table -> assertThat(table.rows()).as(table.place()).isNotEmpty());
        }
    }

    @Test
    void roadmapIsSpreadOverThreeFilesWithUniqueValidIds() {
        List<TableRow> roadmap = sample.rows("roadmap");
        List<String> ids = roadmap.stream().map(row -> row.text("id")).toList();

        assertThat(sample.tables("roadmap")).extracting(Table::place)
                .containsExactly("portfolio.xlsx / Roadmap", "roadmap-growth.xlsx / Roadmap",
                        "roadmap-growth.xlsx / Roadmap items", "roadmap-platform.xlsx / Roadmap");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"));
        assertThat(roadmap.stream().map(row -> row.text("theme")).filter(theme -> !theme.isBlank()).distinct())
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(roadmap.stream().map(row -> row.text("team")).distinct()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyInitiativeStatusAppearsInSomeSpelling() {
        Set<String> statuses = sample.rows("roadmap").stream()
                .map(row -> STATUS_WORDS.get(SampleTables.loose(row.text("status"))))
                .collect(Collectors.toSet());

        assertThat(statuses).containsExactlyInAnyOrder("planned", "in-progress", "done", "at-risk", "blocked",
                "cancelled");
    }

    @Test
    void referencesPointToExistingRows() {
        Set<String> initiatives = ids("roadmap", "id");
        Set<String> kpis = ids("kpis", "id");
        Set<String> cases = ids("funding cases", "id");

        for (TableRow row : sample.rows("roadmap")) {
            assertThat(list(row.text("depends on"))).as(row.place()).allMatch(initiatives::contains);
            assertThat(list(row.text("kpis"))).as(row.place()).allMatch(kpis::contains);
            assertThat(row.text("funding case")).as(row.place()).matches(id -> id.isBlank() || cases.contains(id));
        }
        for (TableRow row : sample.rows("funding cases")) {
            assertThat(list(row.text("kpis"))).as(row.place()).allMatch(kpis::contains);
        }
        assertThat(sample.rows("kpi values")).allMatch(row -> kpis.contains(row.text("kpi")));
        assertThat(sample.rows("cash flows")).allMatch(row -> cases.contains(row.text("case")));
        assertThat(sample.rows("scenarios")).allMatch(row -> row.text("case").equals("*")
                || cases.contains(row.text("case")));
        for (TableRow row : sample.rows("risks")) {
            assertThat(row.text("case").isBlank() != row.text("initiative").isBlank()).as(row.place()).isTrue();
            assertThat(row.text("case")).matches(id -> id.isBlank() || cases.contains(id));
            assertThat(row.text("initiative")).matches(id -> id.isBlank() || initiatives.contains(id));
        }
        for (TableRow row : sample.rows("stakeholders")) {
            assertThat(list(row.text("cases"))).as(row.place()).allMatch(id -> id.equals("*") || cases.contains(id));
            assertThat(row.text("email")).matches("[^@\\s]+@[^@\\s]+\\.[a-z]+");
        }
    }

    @Test
    void dependenciesHaveNoCycleAndExactlyOneScheduleConflict() {
        Map<String, TableRow> byId = new HashMap<>();
        sample.rows("roadmap").forEach(row -> byId.put(row.text("id"), row));
        List<String> conflicts = new ArrayList<>();
        for (TableRow row : byId.values()) {
            assertThat(reaches(byId, row.text("id"), row.text("id"), new HashSet<>())).as("cycle through %s",
                    row.text("id")).isFalse();
            LocalDate start = start(row);
            for (String dependency : list(row.text("depends on"))) {
                LocalDate end = end(byId.get(dependency));
                if (start != null && end != null && end.isAfter(start)) {
                    conflicts.add(dependency + " → " + row.text("id"));
                }
            }
        }

        assertThat(conflicts).containsExactly("PLT-203 → GRW-304");
    }

    @Test
    void datesAreDateCellsOrPeriodsAndEndsFollowStarts() {
        for (TableRow row : sample.rows("roadmap")) {
            for (String column : List.of("start", "end")) {
                Value value = row.get(column);
                assertThat(value.isBlank() || value.date() != null || value.text().matches("\\d{4}-Q[1-4]"))
                        .as("%s %s: %s", row.place(), column, value.text()).isTrue();
            }
            if (start(row) != null && end(row) != null) {
                assertThat(end(row)).as(row.place()).isAfterOrEqualTo(start(row));
            }
        }
        for (Table table : sample.tables("kpi values")) {
            boolean wide = !table.header().contains("value");
            assertThat(wide ? table.headerCells().subList(1, table.headerCells().size()) : table.rows().stream()
                    .map(row -> row.get("date")).toList()).as(table.place()).allMatch(value -> value.date() != null);
        }
        assertThat(sample.rows("funding cases")).allSatisfy(row ->
                assertThat(row.get("decision by").date()).as(row.place()).isNotNull());
    }

    @Test
    void percentKpisHoldFractionsAndMostKpisHaveEighteenMonths() {
        Set<String> percentKpis = sample.rows("kpis").stream().filter(row -> row.text("unit").equals("%"))
                .map(row -> row.text("id")).collect(Collectors.toSet());
        Map<String, Map<LocalDate, Double>> observations = observations();

        assertThat(observations.keySet()).containsExactlyInAnyOrderElementsOf(ids("kpis", "id"));
        observations.forEach((kpi, values) -> {
            if (percentKpis.contains(kpi)) {
                assertThat(values.values()).as(kpi).allMatch(value -> value >= 0 && value <= 1);
            }
        });
        assertThat(observations.values().stream().filter(values -> values.size() >= 18)).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void oneKpiSheetIsWideAndTheOthersLong() {
        assertThat(sample.tables("kpi values"))
                .extracting(table -> table.place() + (table.header().contains("value") ? " long" : " wide"))
                .containsExactly("finance.xlsx / Actuals wide", "portfolio.xlsx / KPI Values long");
    }

    @Test
    void eachCaseIsEitherDatedOrPeriodic() {
        Map<String, Set<Boolean>> dated = new TreeMap<>();
        for (TableRow row : sample.rows("cash flows")) {
            Value period = row.get("period");
            boolean isDate = period.date() != null;
            assertThat(isDate || period.number() != null && period.number() >= 0 && period.number() % 1 == 0)
                    .as(row.place()).isTrue();
            dated.computeIfAbsent(row.text("case"), key -> new HashSet<>()).add(isDate);
        }

        assertThat(dated).allSatisfy((id, kinds) -> assertThat(kinds).as(id).hasSize(1));
        assertThat(dated).containsEntry("fc-eu-region", Set.of(true))
                .containsEntry("fc-self-serve", Set.of(false));
    }

    @Test
    void costSharingTotalsOneHundredPercent() {
        for (TableRow row : sample.rows("funding cases")) {
            String sharing = row.text("cost sharing");
            if (!sharing.isBlank()) {
                int total = Arrays.stream(sharing.split(","))
                        .mapToInt(part -> Integer.parseInt(part.replaceAll(".*?(\\d+)%\\s*$", "$1"))).sum();
                assertThat(total).as(row.place()).isEqualTo(100);
            }
        }
    }

    @Test
    void formulasCarryTheirResult() {
        List<Value> formulas = new ArrayList<>();
        for (String table : List.of("cash flows", "funding cases")) {
            sample.rows(table).forEach(row -> row.values().values().stream().filter(Value::formula)
                    .forEach(formulas::add));
        }

        assertThat(formulas).isNotEmpty().allMatch(value -> value.number() != null && value.number() > 0);
    }

    private static Map<String, Map<LocalDate, Double>> observations() {
        Map<String, Map<LocalDate, Double>> result = new LinkedHashMap<>();
        for (Table table : sample.tables("kpi values")) {
            for (TableRow row : table.rows()) {
                Map<LocalDate, Double> values = result.computeIfAbsent(row.text("kpi"), key -> new TreeMap<>());
                if (table.header().contains("value")) {
                    assertThat(values.put(row.get("date").date(), row.get("value").number())).as(row.place()).isNull();
                } else {
                    for (Value month : table.headerCells()) {
                        Value value = row.get(SampleTables.loose(month.text()));
                        if (month.date() != null && !value.isBlank()) {
                            values.put(month.date(), value.number());
                        }
                    }
                }
            }
        }
        return result;
    }

    private static boolean reaches(Map<String, TableRow> byId, String from, String target, Set<String> seen) {
        for (String next : list(byId.get(from).text("depends on"))) {
            if (next.equals(target) || seen.add(next) && reaches(byId, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** The first day of the start (or of a milestone's one date). */
    private static LocalDate start(TableRow row) {
        Value start = row.get("start");
        return start.isBlank() && !row.text("milestone").isBlank() ? end(row) : day(start, true);
    }

    private static LocalDate end(TableRow row) {
        Value end = row.get("end");
        return end.isBlank() && !row.text("milestone").isBlank() ? day(row.get("start"), true) : day(end, false);
    }

    private static LocalDate day(Value value, boolean first) {
        if (value.date() != null || value.isBlank()) {
            return value.date();
        }
        int year = Integer.parseInt(value.text().substring(0, 4));
        int quarter = value.text().charAt(6) - '0';
        LocalDate firstDay = LocalDate.of(year, quarter * 3 - 2, 1);
        return first ? firstDay : firstDay.plusMonths(3).minusDays(1);
    }

    private static Set<String> ids(String table, String column) {
        return sample.rows(table).stream().map(row -> row.text(column)).collect(Collectors.toSet());
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("[,;\\n]")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    /**
     * A file's content as digests by part: a workbook's zip entries (not the zip bytes, which depend on
     * the deflater), so that a failure names the sheet that changed without printing it.
     */
    private static Map<String, String> content(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Map<String, String> parts = new TreeMap<>();
        if (!file.toString().endsWith(".xlsx")) {
            parts.put(file.getFileName().toString(), sha256(bytes));
            return parts;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                // The document properties' namespace order depends on which XML library is on the
                // class path (the HTML validator brings Xerces): compare what they say, not their bytes.
                String bytesOrText = entry.getName().startsWith("docProps/")
                        ? new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                                .replaceAll("\\s+xmlns:\\w+=\"[^\"]*\"", "")
                        : sha256(zip.readAllBytes());
                parts.put(entry.getName(), bytesOrText);
            }
        }
        return parts;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
