package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells kept in place give the same kind, text, number and {@link Cell} as cells made at once. */
class SourceRowTest {

    @Test
    void givesTheCellsASourceWouldHaveMade() {
        char[] csv = "  NPS ,   ,x".toCharArray();
        SourceRow row = new SourceRow(new NumericCells(false));
        row.putText(0, csv, 0, 6);
        row.putText(1, csv, 7, 10);
        row.putNumber(3, 12.5);
        row.putString(4, "shared");
        row.copyText(5, new StringBuilder("copied"));
        row.putString(6, "  ");
        row.put(7, Cell.BLANK);

        assertThat(row.size()).isEqualTo(6);
        assertThat(row.cells()).containsExactly(Cell.text("  NPS "), Cell.BLANK, Cell.BLANK, Cell.number(12.5, "12.5"),
                Cell.text("shared"), Cell.text("copied"));
        for (int column = 0; column < 8; column++) {
            Cell cell = row.cell(column);
            assertThat(row.kind(column)).as("kind of %d", column).isEqualTo(cell.kind());
            assertThat(row.text(column).toString()).as("text of %d", column).isEqualTo(cell.text());
            assertThat(row.number(column)).as("number of %d", column).isEqualTo(cell.number());
            assertThat(row.isBlank(column)).as("blank %d", column).isEqualTo(cell.isBlank());
            assertThat(row.textEquals(column, cell.text())).as("text equals at %d", column).isTrue();
            assertThat(row.textEquals(column, cell.text() + "?")).as("text differs at %d", column).isFalse();
        }
    }

    @Test
    void startsEmptyAgainAfterClearing() {
        SourceRow row = new SourceRow(null);
        row.copyText(2, "a");
        row.clear();
        row.copyText(0, "b");

        assertThat(row.cells()).containsExactly(Cell.text("b"));
        assertThat(row.cell(2)).isEqualTo(Cell.BLANK);
    }

    @Test
    void madeFromCellsKeepsThemAndDropsBlanks() {
        SourceRow row = SourceRow.of(List.of(Cell.BLANK, Cell.text("a"), Cell.text(" "), Cell.BLANK));

        assertThat(row.cells()).containsExactly(Cell.BLANK, Cell.text("a"));
    }

    @Test
    void refusesAColumnBeyondExcelsLast() {
        SourceRow row = new SourceRow(null);

        assertThatThrownBy(() -> row.copyText(ReadLimits.MAX_COLUMNS, "x"))
                .isInstanceOf(SourceFailure.class).hasMessageContaining("beyond column XFD");
    }
}
