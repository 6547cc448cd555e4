package io.roadcase.source;

import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell value and its number format into a {@link Cell}: a DATE when the format is a
 * date format, else a NUMBER, with the text Excel would display. Not thread-safe: one per file.
 */
final class NumericCells {

    /**
     * A number format, resolved once per style and reused for every cell of that style. It keeps
     * the cells of the first values it showed: columns of dates, percents and codes repeat values
     * a lot, and DataFormatter is by far the slowest step of reading a cell.
     */
    static final class Format {
        final int index;
        final String pattern;
        final boolean date;
        final boolean general;
        private final CellCache shown = new CellCache();

        Format(int index, String pattern, boolean date, boolean general) {
            this.index = index;
            this.pattern = pattern;
            this.date = date;
            this.general = general;
        }
    }

    /** The General format of cells without a style; shared, so it remembers no texts. */
    static final Format GENERAL = new Format(0, "General", false, true);

    // A fixed locale: the displayed text must not depend on the machine running the tool.
    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final boolean date1904;

    NumericCells(boolean date1904) {
        this.date1904 = date1904;
    }

    /** Resolves a format from its index and pattern (the pattern may be null for a built-in index). */
    static Format format(int index, String pattern) {
        if (pattern == null) {
            pattern = BuiltinFormats.getBuiltinFormat(index);
        }
        // Excel's format codes are at most 255 characters; a longer one is hostile, not a format.
        if (pattern == null || index == 0 || pattern.equalsIgnoreCase("General") || pattern.length() > 255) {
            return new Format(0, "General", false, true);
        }
        boolean date;
        try {
            date = DateUtil.isADateFormat(index, pattern);
        } catch (RuntimeException e) {
            date = false;
        }
        return new Format(index, pattern, date, false);
    }

    /** The cell for a value shown in a format. */
    Cell cell(double value, Format format) {
        if (format.general) {
            return Cell.number(value, general(value, format));
        }
        Cell cell = format.shown.get(value);
        if (cell == null) {
            cell = newCell(value, format);
            format.shown.put(value, cell);
        }
        return cell;
    }

    private Cell newCell(double value, Format format) {
        if (format.date && DateUtil.isValidExcelDate(value)) {
            LocalDateTime date = DateUtil.getLocalDateTime(value, date1904);
            if (date != null) {
                return Cell.date(date, value, formatted(value, format));
            }
        }
        return Cell.number(value, formatted(value, format));
    }

    /** The text of a value in General format, without DataFormatter for the common values. */
    private String general(double value, Format format) {
        if (value == Math.rint(value) && Math.abs(value) < 1e11) {
            return Long.toString((long) value);
        }
        String text = shortGeneral(value);
        return text != null ? text : formatted(value, format);
    }

    /**
     * Excel's General text of a fraction such as {@code 123.45}, or null when it needs rounding or an
     * exponent. General shows up to 10 significant digits and 10 decimals; a value whose shortest
     * decimal form ({@link Double#toString}) fits both is shown exactly as that form.
     */
    static String shortGeneral(double value) {
        double abs = Math.abs(value);
        if (!(abs >= 1e-3 && abs < 1e7)) {
            // Outside this range Double.toString writes an exponent.
            return null;
        }
        String text = Double.toString(value);
        int point = text.indexOf('.');
        int significant = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9' || c == '0' && !leading) {
                significant++;
                leading = false;
            }
        }
        int decimals = text.length() - point - 1;
        return significant <= 10 && decimals <= 10 ? text : null;
    }

    private String formatted(double value, Format format) {
        try {
            return formatter.formatRawCellContents(value, format.index, format.pattern, date1904);
        } catch (RuntimeException e) {
            // A format DataFormatter cannot apply: show the value as General would.
            return formatter.formatRawCellContents(value, 0, "General", date1904);
        }
    }
}
