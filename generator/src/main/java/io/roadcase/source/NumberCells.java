package io.roadcase.source;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell value and its number format into a {@link Cell}: a DATE when the format is a
 * date format, else a NUMBER, with the text Excel would display. Not thread-safe: one per file.
 */
final class NumberCells {

    /**
     * A number format, resolved once per style and reused for every cell of that style. It keeps
     * the texts of the first values it showed: columns of dates, percents and codes repeat values
     * a lot, and DataFormatter is by far the slowest step of reading a cell.
     */
    static final class Format {
        private static final int MAX_REMEMBERED = 4096;

        final int index;
        final String pattern;
        final boolean date;
        final boolean general;
        private final Map<Double, String> shown = new HashMap<>();

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

    NumberCells(boolean date1904) {
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
        if (format.date && DateUtil.isValidExcelDate(value)) {
            LocalDateTime date = DateUtil.getLocalDateTime(value, date1904);
            if (date != null) {
                return Cell.date(date, value, display(value, format));
            }
        }
        return Cell.number(value, display(value, format));
    }

    private String display(double value, Format format) {
        // Most cells are whole numbers in General format: no formatting needed.
        if (format.general && value == Math.rint(value) && Math.abs(value) < 1e11) {
            return Long.toString((long) value);
        }
        if (format == GENERAL) {
            return formatted(value, format);
        }
        String text = format.shown.get(value);
        if (text == null) {
            text = formatted(value, format);
            if (format.shown.size() < Format.MAX_REMEMBERED) {
                format.shown.put(value, text);
            }
        }
        return text;
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
