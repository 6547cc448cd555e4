package io.roadcase.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style of an .xlsx, read from {@code styles.xml} with SAX. Only
 * {@code numFmts} and {@code cellXfs} matter to us; matching local names also accepts Strict OOXML.
 */
final class XlsxStyles extends DefaultHandler {

    /** Styles beyond Excel's limit of 64,000 are ignored rather than stored. */
    private static final int MAX_STYLES = 65_536;

    private final Map<Integer, String> patterns = new HashMap<>();
    private final List<Integer> formatOfStyle = new ArrayList<>();
    private NumericCells.Format[] resolved = new NumericCells.Format[0];
    private boolean inCellXfs;

    /** The format of a cell style ({@code s} attribute), General when unknown. */
    NumericCells.Format format(int style) {
        if (style < 0 || style >= formatOfStyle.size()) {
            return NumericCells.GENERAL;
        }
        if (resolved.length != formatOfStyle.size()) {
            resolved = new NumericCells.Format[formatOfStyle.size()];
        }
        NumericCells.Format format = resolved[style];
        if (format == null) {
            int index = formatOfStyle.get(style);
            format = NumericCells.format(index, patterns.get(index));
            resolved[style] = format;
        }
        return format;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = SecureXml.name(qName);
        switch (name) {
            case "numFmt" -> {
                Integer id = parse(attributes.getValue("numFmtId"));
                String code = attributes.getValue("formatCode");
                if (id != null && code != null && patterns.size() < MAX_STYLES) {
                    patterns.put(id, code);
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs && formatOfStyle.size() < MAX_STYLES) {
                    Integer id = parse(attributes.getValue("numFmtId"));
                    formatOfStyle.add(id == null ? 0 : id);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = SecureXml.name(qName);
        if (name.equals("cellXfs")) {
            inCellXfs = false;
        }
    }

    private static Integer parse(String number) {
        try {
            return number == null ? null : Integer.valueOf(number.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
