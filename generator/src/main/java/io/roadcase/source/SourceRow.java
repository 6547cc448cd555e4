package io.roadcase.source;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The cells of one row of a sheet or CSV file, by column (column A = 0), as a {@link RowSink} receives
 * them. The source reuses the row for the next one, so it is valid only during the sink's call.
 *
 * <p>Cells are made only when asked for: text stays characters (in the CSV lexer's buffer, or copied
 * into the row) or the shared string it is, a General number stays a {@code double}, and {@link #kind},
 * {@link #number} and {@link #text} read them in place. Reading a million-row table, making a
 * {@link Cell} (and a String, and the displayed text of a number) for every field was most of the time
 * left after parsing. {@link #cell} and {@link #cells} give exactly the cells the source used to make.
 */
public final class SourceRow {

    private static final byte ABSENT = 0;
    /** {@code cells[column]} holds the cell. */
    private static final byte MADE = 1;
    /** Non-blank text: {@code chars[column][starts[column]..ends[column])}. */
    private static final byte CHARS = 2;
    /** Non-blank text: {@code strings[column]}. */
    private static final byte STRING = 3;
    /** A number in General format: {@code numbers[column]}. */
    private static final byte GENERAL_NUMBER = 4;

    private final NumericCells numberCells;
    private byte[] kinds = new byte[8];
    private Cell[] cells = new Cell[8];
    private double[] numbers = new double[8];
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private String[] strings = new String[8];
    /** Where the text of each CHARS cell lies: the CSV lexer's buffer, or {@link #copies}. */
    private char[][] chars = new char[8][];
    /** Text copied for this row ({@link #copyText}), {@link #copied} characters of it. */
    private char[] copies = new char[64];
    private int copied;
    private int size;
    private final List<Cell> view = new CellList();

    /** @param numberCells shows General numbers as text when their cell is asked for; null when none are put */
    SourceRow(NumericCells numberCells) {
        this.numberCells = numberCells;
    }

    /** A row of cells already made, as a source would deliver them (blank cells leave their column empty). */
    public static SourceRow of(List<Cell> cells) {
        SourceRow row = new SourceRow(null);
        for (int column = 0; column < cells.size(); column++) {
            Cell cell = cells.get(column);
            if (cell != null) {
                row.put(column, cell);
            }
        }
        return row;
    }

    /** The number of columns up to the last non-blank cell. */
    public int size() {
        return size;
    }

    /** Whether a column is empty (blank cells are never put), or beyond {@link #size()}. */
    public boolean isBlank(int column) {
        return column < 0 || column >= size || kinds[column] == ABSENT;
    }

    /** What the cell holds, without making it where that can be avoided. */
    public Cell.Kind kind(int column) {
        if (isBlank(column)) {
            return Cell.Kind.BLANK;
        }
        return switch (kinds[column]) {
            case CHARS, STRING -> Cell.Kind.TEXT;
            case GENERAL_NUMBER -> Cell.Kind.NUMBER;
            default -> cells[column].kind();
        };
    }

    /** The value of a NUMBER or DATE cell ({@link Cell#number()}). */
    public double number(int column) {
        if (isBlank(column)) {
            return 0;
        }
        return kinds[column] == GENERAL_NUMBER ? numbers[column] : cell(column).number();
    }

    /**
     * The cell's text ({@link Cell#text()}); for text read in place a view of the characters, valid only
     * during the sink's call: use {@code toString()} to keep it.
     */
    public CharSequence text(int column) {
        if (isBlank(column)) {
            return "";
        }
        return switch (kinds[column]) {
            case CHARS -> new TextSlice(chars[column], starts[column], ends[column]);
            case STRING -> strings[column];
            default -> cell(column).text();
        };
    }

    /** Whether the cell's text ({@link Cell#text()}) is the given text; compares text in place. */
    public boolean textEquals(int column, String text) {
        if (isBlank(column)) {
            return text.isEmpty();
        }
        if (kinds[column] == STRING) {
            return strings[column].equals(text);
        }
        if (kinds[column] != CHARS) {
            return cell(column).text().equals(text);
        }
        int start = starts[column];
        int length = ends[column] - start;
        if (length != text.length()) {
            return false;
        }
        char[] own = chars[column];
        for (int i = 0; i < length; i++) {
            if (own[start + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The cell of a column; {@link Cell#BLANK} for an empty column or one beyond {@link #size()}. */
    public Cell cell(int column) {
        if (isBlank(column)) {
            return Cell.BLANK;
        }
        switch (kinds[column]) {
            case CHARS -> cells[column] = Cell.text(
                    new String(chars[column], starts[column], ends[column] - starts[column]));
            case STRING -> cells[column] = Cell.text(strings[column]);
            case GENERAL_NUMBER -> cells[column] = numberCells.cell(numbers[column], NumericCells.GENERAL);
            default -> {
                return cells[column];
            }
        }
        kinds[column] = MADE;
        return cells[column];
    }

    /** The cells as a list of {@link #size()} cells, blank ones as {@link Cell#BLANK}; valid as the row is. */
    public List<Cell> cells() {
        return view;
    }

    /** Puts a cell at a 0-based column; blank cells only pad. */
    void put(int column, Cell cell) {
        checkColumn(column);
        if (cell.isBlank()) {
            return;
        }
        slot(column, MADE);
        cells[column] = cell;
    }

    /** Puts a CSV field, {@code text[start..end)}; blank fields only pad. */
    void putText(int column, char[] text, int start, int end) {
        checkColumn(column);
        if (isBlank(text, start, end)) {
            return;
        }
        slot(column, CHARS);
        chars[column] = text;
        starts[column] = start;
        ends[column] = end;
    }

    /** Puts text that the source will reuse, by copying it into the row; blank text only pads. */
    void copyText(int column, CharSequence text) {
        checkColumn(column);
        int length = text.length();
        if (copies.length - copied < length) {
            copies = Arrays.copyOf(copies, Math.max(copies.length * 2, copied + length));
        }
        for (int i = 0; i < length; i++) {
            copies[copied + i] = text.charAt(i);
        }
        if (isBlank(copies, copied, copied + length)) {
            return;
        }
        slot(column, CHARS);
        chars[column] = copies;
        starts[column] = copied;
        ends[column] = copied + length;
        copied += length;
    }

    /** Puts text held elsewhere (a shared string); blank text only pads. */
    void putString(int column, String text) {
        checkColumn(column);
        if (text.isBlank()) {
            return;
        }
        slot(column, STRING);
        strings[column] = text;
    }

    /** Puts a number whose format is General: its cell is made only if someone asks for it. */
    void putNumber(int column, double value) {
        checkColumn(column);
        slot(column, GENERAL_NUMBER);
        numbers[column] = value;
    }

    /** Whether any cell was put since the last {@link #clear()}. */
    boolean hasValue() {
        return size > 0;
    }

    /** Empties the row for the next one (what the arrays still hold is ignored: its kind is ABSENT). */
    void clear() {
        Arrays.fill(kinds, 0, size, ABSENT);
        size = 0;
        copied = 0;
    }

    private static void checkColumn(int column) {
        if (column < 0 || column >= ReadLimits.MAX_COLUMNS) {
            throw new SourceFailure("a cell lies beyond column XFD, the last column Excel allows");
        }
    }

    private void slot(int column, byte kind) {
        if (column >= kinds.length) {
            int length = Math.max(column + 1, kinds.length * 2);
            kinds = Arrays.copyOf(kinds, length);
            cells = Arrays.copyOf(cells, length);
            numbers = Arrays.copyOf(numbers, length);
            starts = Arrays.copyOf(starts, length);
            ends = Arrays.copyOf(ends, length);
            strings = Arrays.copyOf(strings, length);
            chars = Arrays.copyOf(chars, length);
        }
        kinds[column] = kind;
        cells[column] = null;
        size = Math.max(size, column + 1);
    }

    /** {@link String#isBlank()} of the characters, without making the String. */
    private static boolean isBlank(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            // No supplementary code point is whitespace, so testing single chars gives isBlank's answer.
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    private final class CellList extends AbstractList<Cell> implements RandomAccess {
        @Override
        public Cell get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return cell(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
