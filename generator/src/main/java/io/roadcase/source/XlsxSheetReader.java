package io.roadcase.source;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Streams the rows of one worksheet XML into a {@link RowBuffer}. Formulas give their cached value
 * ({@code <v>}); nothing is evaluated. A formula without {@code <v>} (written by a program, never
 * calculated) gives a {@link Cell.Kind#FORMULA} cell, so no reader mistakes it for a blank. Rows or cells without an {@code r} attribute, as some
 * producers write them, follow the previous one.
 *
 * <p>The XML is read by Aalto through the public Stax2 API ({@link XMLStreamReader2}), pulled event by
 * event without a callback per event, with text read from the parser's buffer and attribute values
 * through Stax2's typed access ({@link AttributeText}), so no String is made for them. A DOCTYPE is
 * refused and entities are never expanded. Measured on a million-row sheet, reading takes less than
 * fastexcel-reader's time (docs/benchmarks.md, "Reading").
 */
final class XlsxSheetReader {

    /** The cell types {@link #put} knows, as the constants {@link #typeName} returns. */
    private static final String[] TYPES = {"n", "s", "inlineStr", "str", "b", "e"};

    /** Characters of a formula kept for messages (Excel allows 8,192). */
    private static final int FORMULA_SHOWN = 200;

    /** Aalto's factory, its defaults but for parsing each event whole (text is read from its buffer). */
    private static final XMLInputFactory2 XML = factory();

    private final RowBuffer rows;
    private final XlsxSharedStrings sharedStrings;
    private final XlsxStyles styles;
    private final NumericCells numbers;
    private final ReadDeadline clock;
    private final StringBuilder value = new StringBuilder(64);
    /** The formula of the current cell ({@code <f>}), kept only for messages. */
    private final StringBuilder formula = new StringBuilder();
    private final AttributeText referenceText = new AttributeText();
    private final AttributeText typeText = new AttributeText();
    private final AttributeText styleText = new AttributeText();

    private int rowNumber;
    private boolean inRow;
    private int column = -1;
    private String type;
    private int style;
    private boolean inCell;
    private boolean collecting;
    private boolean collectingFormula;
    /** The current cell has an {@code <f>}, and a {@code <v>} (its saved result, maybe empty text). */
    private boolean hasFormula;
    private boolean hasValue;
    private boolean inInlineString;
    private int phoneticDepth;
    private long cells;

    XlsxSheetReader(RowBuffer rows, XlsxSharedStrings sharedStrings, XlsxStyles styles, NumericCells numbers,
            ReadDeadline clock) {
        this.rows = rows;
        this.clock = clock;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.numbers = numbers;
    }

    /** Package-private for {@code StaxContractTest}. */
    static XMLInputFactory2 factory() {
        XMLInputFactory2 factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        factory.setProperty(XMLInputFactory2.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory2.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** Reads a worksheet part; the caller closes the stream. */
    void read(InputStream in) throws XMLStreamException {
        XMLStreamReader2 xml = null;
        try {
            xml = (XMLStreamReader2) XML.createXMLStreamReader(in);
            events(xml);
        } finally {
            // As SAX's endDocument, also after a failure: the row being read is still sent.
            if (inRow) {
                endRow();
            }
            if (xml != null) {
                try {
                    xml.close(); // not the stream
                } catch (XMLStreamException e) {
                    // Only the source's close can fail here, and the stream is closed by the caller.
                }
            }
        }
    }

    private void events(XMLStreamReader2 xml) throws XMLStreamException {
        int depth = 0;
        while (true) {
            int type = xml.next();
            if (type == XMLStreamConstants.START_ELEMENT) {
                startElement(xml);
                depth++;
            } else if (type == XMLStreamConstants.END_ELEMENT) {
                endElement(xml);
                depth--;
                if (depth > 0 && rows.done()) {
                    // The sink has all it wanted (the header of a sheet that is no table): the rest is not parsed.
                    return;
                }
            } else if (type == XMLStreamConstants.CHARACTERS || type == XMLStreamConstants.CDATA) {
                if (depth > 0) {
                    characters(xml);
                }
            } else if (type == XMLStreamConstants.END_DOCUMENT) {
                return;
            } else {
                other(type);
            }
        }
    }

    /** Events that hold no cell data: comments, processing instructions, spaces; a DOCTYPE is refused. */
    private static void other(int type) throws XMLStreamException {
        switch (type) {
            case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION, XMLStreamConstants.SPACE -> {
            }
            case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE is disallowed in a workbook part");
            default -> throw new IllegalStateException("Internal error: unexpected type, " + type);
        }
    }

    private void startElement(XMLStreamReader2 xml) throws XMLStreamException {
        switch (xml.getLocalName()) {
            case "c" -> startCell(xml);
            case "v" -> {
                hasValue |= inCell;
                startValue(inCell);
            }
            case "f" -> {
                hasFormula |= inCell;
                collectingFormula = inCell;
            }
            case "t" -> startValue(inInlineString && phoneticDepth == 0);
            case "is" -> inInlineString = inCell;
            case "rPh" -> phoneticDepth++;
            case "row" -> startRow(rowReference(xml));
            default -> {
            }
        }
    }

    private void endElement(XMLStreamReader2 xml) {
        switch (xml.getLocalName()) {
            case "c" -> endCell();
            case "v", "t" -> collecting = false;
            case "f" -> collectingFormula = false;
            case "is" -> inInlineString = false;
            case "rPh" -> phoneticDepth = Math.max(0, phoneticDepth - 1);
            case "row" -> endRow();
            default -> {
            }
        }
    }

    private void characters(XMLStreamReader2 xml) throws XMLStreamException {
        if (collecting) {
            int length = xml.getTextLength();
            if (value.length() + length > ReadLimits.MAX_CELL_CHARACTERS) {
                throw new SourceFailure("a cell holds more than %,d characters, the most Excel allows"
                        .formatted(ReadLimits.MAX_CELL_CHARACTERS));
            }
            value.append(xml.getTextCharacters(), 0, length);
        } else if (collectingFormula && formula.length() < FORMULA_SHOWN) {
            formula.append(xml.getTextCharacters(), 0,
                    Math.min(xml.getTextLength(), FORMULA_SHOWN - formula.length()));
        }
    }

    private void startRow(CharSequence reference) {
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

    private void startCell(XMLStreamReader2 xml) throws XMLStreamException {
        if (!inRow) {
            // A cell outside any <row>: treat it as a row of its own rather than lose it.
            startRow(null);
        }
        CharSequence reference = null;
        CharSequence styleIndex = null;
        type = null;
        // One pass by index, by first letter of the unprefixed one-letter names.
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String name = xml.getAttributeLocalName(i);
            if (name.length() == 1 && unprefixed(xml.getAttributePrefix(i))) {
                switch (name.charAt(0)) {
                    case 'r' -> reference = referenceText.read(xml, i);
                    case 't' -> type = typeName(typeText.read(xml, i));
                    case 's' -> styleIndex = styleText.read(xml, i);
                    default -> {
                    }
                }
            }
        }
        column = reference == null ? column + 1 : parseColumn(reference);
        style = styleIndex == null ? 0 : parseNonNegative(styleIndex, "style");
        value.setLength(0);
        if (hasFormula) {
            formula.setLength(0);
        }
        hasFormula = false;
        hasValue = false;
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
        put();
    }

    /**
     * Puts the cell just read. Numbers in General format, shared strings and inline text without
     * escapes are put as they are: their {@link Cell} is made only if a reader asks for it. The type
     * is compared with equals, not switched on: it is a new String for every cell, and a switch
     * would hash it.
     */
    private void put() {
        if (hasFormula && !hasValue && !"inlineStr".equals(type)) {
            // No saved result: Excel and LibreOffice always write one; a program that never calculated did not.
            rows.put(column, Cell.formula(formula.toString()));
            return;
        }
        boolean blank = value.length() == 0;
        if (type == null || type.equals("n")) {
            if (blank) {
                rows.put(column, Cell.BLANK);
                return;
            }
            double number = parseDouble(value);
            NumericCells.Format format = styles.format(style);
            if (format.general) {
                rows.putNumber(column, number);
            } else {
                rows.put(column, numbers.cell(number, format));
            }
        } else if (type.equals("s")) {
            if (blank) {
                rows.put(column, Cell.BLANK);
                return;
            }
            String shared = sharedStrings.get(parseNonNegative(value, "shared string"));
            if (shared == null) {
                throw new SourceFailure("a cell refers to shared text that the workbook does not contain");
            }
            rows.putString(column, shared);
        } else if (type.equals("inlineStr") || type.equals("str")) {
            if (value.indexOf("_x") < 0) {
                rows.copyText(column, value);
            } else {
                rows.put(column, Cell.text(XlsxSharedStrings.decodeEscapes(value)));
            }
        } else if (type.equals("b")) {
            rows.put(column, blank ? Cell.BLANK
                    : new Cell(Cell.Kind.BOOLEAN, isTrue(value) ? "TRUE" : "FALSE", isTrue(value) ? 1 : 0, null));
        } else if (type.equals("e")) {
            rows.put(column, blank ? Cell.BLANK : new Cell(Cell.Kind.ERROR, value.toString(), 0, null));
        } else {
            // t="d": an ISO 8601 date as text, rare (Excel never writes it); the read layer parses text dates.
            rows.put(column, Cell.text(value.toString()));
        }
    }

    /** The row's {@code r} attribute (unprefixed), or null. */
    private CharSequence rowReference(XMLStreamReader2 xml) throws XMLStreamException {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (xml.getAttributeLocalName(i).equals("r") && unprefixed(xml.getAttributePrefix(i))) {
                return referenceText.read(xml, i);
            }
        }
        return null;
    }

    private static boolean unprefixed(String prefix) {
        return prefix == null || prefix.isEmpty();
    }

    /** The cell type as one of the known names, which the type is then compared with. */
    private static String typeName(CharSequence type) {
        for (String known : TYPES) {
            if (known.contentEquals(type)) {
                return known;
            }
        }
        return type.toString();
    }

    private static boolean isTrue(CharSequence text) {
        return text.length() == 1 ? text.charAt(0) == '1' : text.toString().trim().equalsIgnoreCase("true");
    }

    private static double parseDouble(CharSequence text) {
        double value = Decimals.parse(text);
        if (!Double.isNaN(value)) {
            return value;
        }
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

    private static int parseRowNumber(CharSequence reference) {
        int number = parseNonNegative(reference, "row");
        if (number < 1 || number > 1_048_576) {
            throw new SourceFailure("a row number %s is outside Excel's rows 1 to 1,048,576".formatted(reference));
        }
        return number;
    }

    /** The 0-based column of a reference such as {@code AB12}. */
    private static int parseColumn(CharSequence reference) {
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
