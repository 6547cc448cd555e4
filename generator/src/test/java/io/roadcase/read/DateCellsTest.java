package io.roadcase.read;

import static io.roadcase.read.DateCells.Role.END;
import static io.roadcase.read.DateCells.Role.START;
import static io.roadcase.read.Feed.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadcase.source.Cell;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateCellsTest {

    private static LocalDate start(Object value) throws BadCell {
        return DateCells.date(cell(value), START, null);
    }

    private static LocalDate end(Object value) throws BadCell {
        return DateCells.date(cell(value), END, null);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-15, 2026-03-15, 2026-03-15",
        "2026-3-5, 2026-03-05, 2026-03-05",
        "2026/03/15, 2026-03-15, 2026-03-15",
        "2026-03-15T10:30:00, 2026-03-15, 2026-03-15",
        "2026-03, 2026-03-01, 2026-03-31",
        "2026-02, 2026-02-01, 2026-02-28",
        "2026-Q3, 2026-07-01, 2026-09-30",
        "2026 Q1, 2026-01-01, 2026-03-31",
        "Q3 2026, 2026-07-01, 2026-09-30",
        "q4-2026, 2026-10-01, 2026-12-31",
        "2026, 2026-01-01, 2026-12-31",
        "Mar 2026, 2026-03-01, 2026-03-31",
        "March 2026, 2026-03-01, 2026-03-31",
        "sept 2026, 2026-09-01, 2026-09-30",
        "Feb-2028, 2028-02-01, 2028-02-29",
        "15 Mar 2026, 2026-03-15, 2026-03-15",
        "'Mar 15, 2026', 2026-03-15, 2026-03-15"})
    void readsTextDatesAndPeriods(String text, LocalDate first, LocalDate last) throws BadCell {
        assertThat(start(text)).isEqualTo(first);
        assertThat(end(text)).isEqualTo(last);
    }

    @Test
    void readsQuarterAsLastDayForEnd() throws BadCell {
        assertThat(end("2026-Q4")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(start("2026-Q4")).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void readsDateCells() throws BadCell {
        Cell date = Cell.date(LocalDateTime.of(2026, 3, 15, 13, 45), 46096.57, "15/03/2026");
        assertThat(DateCells.date(date, END, null)).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void readsWholeNumbersFrom1900To2200AsYears() throws BadCell {
        assertThat(start(2026)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(end(2026)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(end(1900)).isEqualTo(LocalDate.of(1900, 12, 31));
        assertThat(start(2200)).isEqualTo(LocalDate.of(2200, 1, 1));
    }

    @Test
    void readsOtherNumbersAsSpreadsheetSerialDates() throws BadCell {
        assertThat(start(45658)).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(start(45658.75)).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(start(1)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(start(59)).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(start(61)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(start(2201)).isEqualTo(LocalDate.of(1906, 1, 9));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -5, 1e9})
    void rejectsNumbersThatAreNoDate(double serial) {
        assertThatThrownBy(() -> start(serial)).isInstanceOf(BadCell.class);
    }

    @Test
    void saysWhatADateLooksLike() {
        assertThatThrownBy(() -> start("next spring"))
                .hasMessage("expected a date such as 2026-03-15, 2026-Q3 or Mar 2026, found \"next spring\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13", "2026-Q5", "Smarch 2026", "2026-00-10"})
    void rejectsDaysOffTheCalendar(String text) {
        assertThatThrownBy(() -> start(text)).isInstanceOf(BadCell.class).hasMessageContaining("expected a date");
    }

    @Test
    void rejectsSlashDatesAsAmbiguousWithoutDateFormat() {
        assertThatThrownBy(() -> start("03/04/2026")).hasMessageContaining("ambiguous")
                .hasMessageContaining("date_format").hasMessageContaining("\"03/04/2026\"");
    }

    @Test
    void readsSlashDatesWithTheDateFormatSetting() throws BadCell {
        assertThat(DateCells.date(cell("03/04/2026"), START, DateCells.format("dd/MM/yyyy")))
                .isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(DateCells.date(cell("03/04/2026"), START, DateCells.format("MM/dd/yyyy")))
                .isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(DateCells.date(cell("2026-04-03"), START, DateCells.format("MM/dd/yyyy")))
                .isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void dateFormatIsStrictAboutTheCalendar() {
        assertThatThrownBy(() -> DateCells.date(cell("31/02/2026"), START, DateCells.format("dd/MM/yyyy")))
                .hasMessageContaining("date_format");
    }

    @Test
    void rejectsBooleanAndErrorCells() {
        assertThatThrownBy(() -> start(true)).isInstanceOf(BadCell.class);
        assertThatThrownBy(() -> DateCells.date(new Cell(Cell.Kind.ERROR, "#REF!", 0, null), START, null))
                .hasMessageContaining("#REF!");
    }
}
