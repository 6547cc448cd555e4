package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.roadcase.source.Cell;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Any cell through the cell parsers: each gives a value that keeps its invariant, or a {@link BadCell}
 * whose one-line message starts with "expected"; any other exception fails. A normal test run replays
 * the seeds under {@code CellParsersFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} mutates them
 * (see docs/robustness.md).
 *
 * <p>The fuzzer's bytes become several cells: the UTF-8 text as a text, error and boolean cell, and,
 * from the first 8 bytes, a number and a date cell showing that text.
 */
class CellParsersFuzzTest {

    private static final Pattern WRITTEN_PERCENT = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?%");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final DateTimeFormatter DAY_FIRST = DateCells.format("dd/MM/yyyy");
    private static final List<Vocabulary<?>> VOCABULARIES = List.of(RoadmapTable.STATUSES, RoadmapTable.HORIZONS,
            RoadmapTable.CONFIDENCES, RoadmapTable.IMPACTS, KpiTable.DIRECTIONS, FundingCaseTable.STATUSES,
            FundingCaseTable.PERIODICITIES, CashFlowTable.TYPES, RiskTable.SCALE, RiskTable.STATUSES,
            SettingsTable.PAGE_SIZES);

    @FuzzTest(maxDuration = "30s")
    void datesAreRealDaysOfSaneYears(byte[] data) {
        for (Cell cell : cellsOf(data)) {
            for (DateTimeFormatter format : new DateTimeFormatter[] {null, DAY_FIRST}) {
                LocalDate start = parse(() -> DateCells.date(cell, DateCells.Role.START, format));
                LocalDate end = parse(() -> DateCells.date(cell, DateCells.Role.END, format));
                assertThat(start == null).as("start and end read alike: %s", cell).isEqualTo(end == null);
                if (start != null) {
                    assertThat(start.getYear()).as("year of %s", cell).isBetween(1900, 9999);
                    assertThat(start).as("a period starts before it ends: %s", cell).isBeforeOrEqualTo(end);
                }
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void numbersAndPercentsAreFinite(byte[] data) {
        for (Cell cell : cellsOf(data)) {
            Double number = parse(() -> NumberCells.number(cell));
            Double percent = parse(() -> NumberCells.percent(cell));
            Integer whole = parse(() -> NumberCells.whole(cell, "a whole number"));
            if (number != null) {
                assertThat(number).as("number of %s", cell).isFinite();
                assertThat(percent).as("a number is also a percent: %s", cell).isNotNull();
            }
            if (percent != null) {
                assertThat(percent).as("percent of %s", cell).isFinite();
            }
            if (cell.kind() == Cell.Kind.TEXT && WRITTEN_PERCENT.matcher(cell.text()).matches()) {
                // 1.4% is the double nearest to 0.014, not 1.4 / 100 = 0.013999999999999999.
                double written = new BigDecimal(cell.text().replace("%", "")).movePointLeft(2).doubleValue();
                assertThat(percent).as("percent of %s", cell).isEqualTo(written);
            }
            if (whole != null) {
                assertThat(whole.doubleValue() == number).as("whole number %s of %s", whole, cell).isTrue();
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void idsMatchTheIdPattern(byte[] data) {
        for (Cell cell : cellsOf(data)) {
            String id = parse(() -> TextCells.id(cell));
            if (id != null) {
                assertThat(id).as("id of %s", cell).matches(ID);
            }
            for (boolean star : new boolean[] {false, true}) {
                List<String> ids = parse(() -> TextCells.ids(cell, star));
                if (ids != null) {
                    assertThat(ids).as("ids of %s", cell)
                            .allMatch(item -> ID.matcher(item).matches() || (star && item.equals("*")));
                }
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void listsHoldTrimmedDistinctItems(byte[] data) {
        for (Cell cell : cellsOf(data)) {
            List<String> items = parse(() -> TextCells.list(cell));
            if (items != null) {
                assertThat(items).as("items of %s", cell).doesNotHaveDuplicates()
                        .allMatch(item -> !item.isEmpty() && item.equals(item.strip()))
                        .noneMatch(item -> item.contains(",") || item.contains(";") || item.contains("\n"));
            }
            String text = parse(() -> TextCells.text(cell));
            if (text != null) {
                assertThat(text).as("text of %s", cell).isNotEmpty().isEqualTo(text.strip());
            }
            parse(() -> TextCells.markdown(cell));
        }
    }

    @FuzzTest(maxDuration = "30s")
    void urlsAreWebOrMailLinks(byte[] data) {
        for (Cell cell : cellsOf(data)) {
            String url = parse(() -> TextCells.url(cell));
            if (url != null) {
                String lower = url.toLowerCase(Locale.ROOT);
                assertThat(lower).as("url of %s", cell).matches("(https?://|mailto:).+");
                assertThat(url.chars()).as("url of %s", cell).noneMatch(c -> Character.isWhitespace(c)
                        || Character.isISOControl(c) || c == '"' || c == '<' || c == '>');
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void booleansAndEnumsGiveAValueOrABadCell(byte[] data) {
        for (Cell cell : cellsOf(data)) {
            parse(() -> TextCells.bool(cell));
            for (Vocabulary<?> words : VOCABULARIES) {
                Object value = parse(() -> words.parse(cell));
                if (value != null) {
                    assertThat(words.allWords().stream().<Object>map(words::find)).as("value of %s", cell).contains(value);
                }
            }
            parse(() -> FundingCaseTable.shares(cell));
            parse(() -> CashFlowTable.period(cell, DAY_FIRST));
        }
    }

    private interface Parser<T> {
        T parse() throws BadCell;
    }

    /** The parsed value, or null for a bad cell (whose message is checked); any other exception fails. */
    private static <T> T parse(Parser<T> parser) {
        try {
            return parser.parse();
        } catch (BadCell e) {
            assertThat(e.getMessage()).startsWith("expected ").doesNotContain("\n", "\r");
            return null;
        }
    }

    /** The cells the fuzzer's bytes stand for. */
    static List<Cell> cellsOf(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(text));
        cells.add(new Cell(Cell.Kind.ERROR, text, 0, null));
        cells.add(new Cell(Cell.Kind.BOOLEAN, text, 0, null));
        if (data.length >= 8) {
            double n = ByteBuffer.wrap(data).getDouble();
            cells.add(Cell.number(n, text));
            cells.add(Cell.date(null, n, text));
            if (Math.abs(n) < 4e6) {
                cells.add(Cell.date(LocalDate.of(1899, 12, 30).plusDays((long) n).atStartOfDay(), n, text));
            }
        }
        // Blank-text cells are made blank by Cell.text; keep each distinct cell once.
        return List.copyOf(new LinkedHashSet<>(cells));
    }
}
