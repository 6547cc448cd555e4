package io.roadcase.source;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What {@code workbook.xml} says: the sheets in workbook order with the relationship id of their
 * part, and the date system. Matching local names also accepts Strict OOXML and early producers.
 */
final class XlsxWorkbook extends DefaultHandler {

    /** A sheet as the workbook lists it. */
    record SheetEntry(String name, String relationshipId) {
    }

    /** Excel has no sheet limit, but a workbook listing more than this is hostile. */
    private static final int MAX_SHEETS = 10_000;

    private final List<SheetEntry> sheets = new ArrayList<>();
    private boolean date1904;

    List<SheetEntry> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = SecureXml.name(qName);
        if (name.equals("workbookPr")) {
            String value = attributes.getValue("date1904");
            date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
        } else if (name.equals("sheet")) {
            if (sheets.size() >= MAX_SHEETS) {
                throw new SourceFailure("the workbook lists more than %,d sheets".formatted(MAX_SHEETS));
            }
            String sheetName = attributes.getValue("name");
            sheets.add(new SheetEntry(sheetName == null ? "Sheet" + (sheets.size() + 1) : sheetName,
                    relationshipId(attributes)));
        }
    }

    /** The {@code r:id} attribute, whatever prefix (and so namespace: transitional or strict) it uses. */
    private static String relationshipId(Attributes attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.getQName(i);
            if (name.endsWith(":id") && !name.startsWith("xmlns")) {
                return attributes.getValue(i);
            }
        }
        return null;
    }
}
