package io.roadcase.source;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of one worksheet XML into a {@link RowBuffer}. Formulas give their cached value
 * ({@code <v>}); nothing is evaluated. Rows or cells without an {@code r} attribute, as some
 * producers write them, follow the previous one.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private final RowBuffer rows;
    private final XlsxSharedStrings sharedStrings;
    private final XlsxStyles styles;
    private final NumberCells numbers;
    private final FileClock clock;
    private final StringBuilder value = new StringBuilder(64);

    private int rowNumber;
    private boolean inRow;
    private int column = -1;
    private String type;
    private int style;
    private boolean inCell;
    private boolean collecting;
    private boolean inInlineString;
    private int phoneticDepth;
    private long cells;

    XlsxSheetHandler(RowBuffer rows, XlsxSharedStrings sharedStrings, XlsxStyles styles, NumberCells numbers,
            FileClock clock) {
        this.rows = rows;
        this.clock = clock;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.numbers = numbers;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = SecureXml.name(qName);
        switch (name) {
            case "c" -> startCell(attributes);
            case "v" -> startValue(inCell);
            case "t" -> startValue(inInlineString && phoneticDepth == 0);
            case "is" -> inInlineString = inCell;
            case "rPh" -> phoneticDepth++;
            case "row" -> startRow(attribute(attributes, "r"));
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = SecureXml.name(qName);
        switch (name) {
            case "c" -> endCell();
            case "v", "t" -> collecting = false;
            case "is" -> inInlineString = false;
            case "rPh" -> phoneticDepth = Math.max(0, phoneticDepth - 1);
            case "row" -> endRow();
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            if (value.length() + length > ReadLimits.MAX_CELL_CHARACTERS) {
                throw new SourceFailure("a cell holds more than %,d characters, the most Excel allows"
                        .formatted(ReadLimits.MAX_CELL_CHARACTERS));
            }
            value.append(ch, start, length);
        }
    }

    @Override
    public void endDocument() {
        if (inRow) {
            endRow();
        }
    }

    private void startRow(String reference) {
        if (inRow) {
            endRow();
        }
        int number = reference == null ? rowNumber + 1 : parseRowNumber(reference);
        rowNumber = number;
        inRow = true;
        column = -1;
    }

    private void endRow() {
        rows.endRow(rowNumber);
        inRow = false;
    }

    private void startCell(Attributes attributes) {
        if (!inRow) {
            // A cell outside any <row>: treat it as a row of its own rather than lose it.
            startRow(null);
        }
        String reference = null;
        String styleIndex = null;
        type = null;
        // One pass by index: looking each attribute up by name costs a hash search per name.
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            switch (attributes.getQName(i)) {
                case "r" -> reference = attributes.getValue(i);
                case "t" -> type = attributes.getValue(i);
                case "s" -> styleIndex = attributes.getValue(i);
                default -> {
                }
            }
        }
        column = reference == null ? column + 1 : parseColumn(reference);
        style = styleIndex == null ? 0 : parseNonNegative(styleIndex, "style");
        value.setLength(0);
        inCell = true;
    }

    private void startValue(boolean wanted) {
        if (wanted) {
            collecting = true;
        }
    }

    private void endCell() {
        if ((++cells & 0xFFFF) == 0) {
            // A row can repeat cells without end; rows alone would not notice the time running out.
            clock.check();
        }
        inCell = false;
        inInlineString = false;
        rows.put(column, cell());
    }

    private Cell cell() {
        if (type == null || type.equals("n")) {
            if (value.length() == 0) {
                return Cell.BLANK;
            }
            return numbers.cell(parseDouble(value), styles.format(style));
        }
        return switch (type) {
            case "s" -> {
                if (value.length() == 0) {
                    yield Cell.BLANK;
                }
                String shared = sharedStrings.get(parseNonNegative(value, "shared string"));
                if (shared == null) {
                    throw new SourceFailure("a cell refers to shared text that the workbook does not contain");
                }
                yield Cell.text(shared);
            }
            case "inlineStr", "str" -> Cell.text(XlsxSharedStrings.decodeEscapes(value));
            case "b" -> value.length() == 0 ? Cell.BLANK
                    : new Cell(Cell.Kind.BOOLEAN, isTrue(value) ? "TRUE" : "FALSE", isTrue(value) ? 1 : 0, null);
            case "e" -> value.length() == 0 ? Cell.BLANK : new Cell(Cell.Kind.ERROR, value.toString(), 0, null);
            // t="d": an ISO 8601 date as text, rare (Excel never writes it); the read layer parses text dates.
            default -> Cell.text(value.toString());
        };
    }

    /** The value of an unprefixed attribute, or null. */
    private static String attribute(Attributes attributes, String name) {
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            if (attributes.getQName(i).equals(name)) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    private static boolean isTrue(CharSequence text) {
        return text.length() == 1 ? text.charAt(0) == '1' : text.toString().trim().equalsIgnoreCase("true");
    }

    private static double parseDouble(CharSequence text) {
        try {
            return Double.parseDouble(text.toString());
        } catch (NumberFormatException e) {
            throw new SourceFailure("a number cell holds \"%s\", which is not a number".formatted(Messages.shorten(text)));
        }
    }

    private static int parseNonNegative(CharSequence text, String what) {
        long number = 0;
        int length = text.length();
        if (length == 0 || length > 10) {
            throw new SourceFailure("a cell has an invalid %s number \"%s\"".formatted(what, Messages.shorten(text)));
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new SourceFailure("a cell has an invalid %s number \"%s\"".formatted(what, Messages.shorten(text)));
            }
            number = number * 10 + (c - '0');
        }
        if (number > Integer.MAX_VALUE) {
            throw new SourceFailure("a cell has an invalid %s number \"%s\"".formatted(what, Messages.shorten(text)));
        }
        return (int) number;
    }

    private static int parseRowNumber(String reference) {
        int number = parseNonNegative(reference, "row");
        if (number < 1 || number > 1_048_576) {
            throw new SourceFailure("a row number %s is outside Excel's rows 1 to 1,048,576".formatted(reference));
        }
        return number;
    }

    /** The 0-based column of a reference such as {@code AB12}. */
    private static int parseColumn(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > ReadLimits.MAX_COLUMNS) {
                break;
            }
        }
        if (i == 0) {
            throw new SourceFailure("a cell has an invalid reference \"%s\"".formatted(Messages.shorten(reference)));
        }
        return column - 1;
    }
}
