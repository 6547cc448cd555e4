package io.roadcase.source;

/**
 * The cells already made for the values of one number format, looked up by the value's bits. Columns
 * of dates, percents and codes repeat a few values across a million rows; reusing the cell saves
 * formatting the text and converting the date again. An open-addressing table that starts small (a
 * workbook may have thousands of styles) and stops remembering at {@value #MAX_ENTRIES} values. (A
 * {@code HashMap<Double, ...>} would do, but whole-number doubles hash into few of its buckets and its
 * lookups become tree searches.)
 */
final class CellCache {

    private static final int MAX_ENTRIES = 4096;

    private long[] keys = new long[16];
    private Cell[] cells = new Cell[16];
    private int entries;

    /** The cell remembered for a value, or null. */
    Cell get(double value) {
        long key = Double.doubleToRawLongBits(value);
        int mask = cells.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            Cell cell = cells[i];
            if (cell == null || keys[i] == key) {
                return cell;
            }
        }
    }

    /** Remembers the cell for a value, unless {@value #MAX_ENTRIES} values are remembered already. */
    void put(double value, Cell cell) {
        if (entries >= MAX_ENTRIES) {
            return;
        }
        if (2 * (entries + 1) > cells.length) {
            grow();
        }
        insert(Double.doubleToRawLongBits(value), cell);
    }

    private void insert(long key, Cell cell) {
        int mask = cells.length - 1;
        int i = slot(key, mask);
        while (cells[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (cells[i] == null) {
            entries++;
        }
        keys[i] = key;
        cells[i] = cell;
    }

    private void grow() {
        long[] oldKeys = keys;
        Cell[] oldCells = cells;
        keys = new long[oldKeys.length * 2];
        cells = new Cell[oldCells.length * 2];
        entries = 0;
        for (int i = 0; i < oldCells.length; i++) {
            if (oldCells[i] != null) {
                insert(oldKeys[i], oldCells[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        // Fibonacci hashing spreads the high bits, where whole numbers and dates differ, over the table.
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
}
