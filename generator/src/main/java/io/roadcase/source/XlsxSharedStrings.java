package io.roadcase.source;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of an .xlsx ({@code sharedStrings.xml}), read with SAX. Rich-text runs are
 * joined; phonetic guides ({@code rPh}) are left out, as Excel displays them only on request. The
 * table is held in memory, so its total size is limited.
 */
final class XlsxSharedStrings extends DefaultHandler {

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final ReadDeadline clock;
    private long total;
    private boolean inItem;
    private boolean inText;
    private int phoneticDepth;

    XlsxSharedStrings(ReadDeadline clock) {
        this.clock = clock;
    }

    /** The string at a {@code t="s"} cell's index, or null when the index is out of range. */
    String get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : null;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = SecureXml.name(qName);
        switch (name) {
            // "sstItem" is how Excel 2007 beta files name an item.
            case "si", "sstItem" -> {
                inItem = true;
                text.setLength(0);
            }
            case "rPh" -> phoneticDepth++;
            case "t" -> inText = inItem && phoneticDepth == 0;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = SecureXml.name(qName);
        switch (name) {
            case "si", "sstItem" -> {
                inItem = false;
                strings.add(decodeEscapes(text));
                if ((strings.size() & 0xFFF) == 0) {
                    clock.check();
                }
            }
            case "rPh" -> phoneticDepth = Math.max(0, phoneticDepth - 1);
            case "t" -> inText = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inText) {
            return;
        }
        total += length;
        if (total > ReadLimits.MAX_SHARED_STRING_CHARACTERS) {
            throw new SourceFailure("the workbook's shared text is larger than %,d characters, the most this tool reads"
                    .formatted(ReadLimits.MAX_SHARED_STRING_CHARACTERS));
        }
        if (text.length() + length > ReadLimits.MAX_CELL_CHARACTERS) {
            throw new SourceFailure("a cell holds more than %,d characters, the most Excel allows"
                    .formatted(ReadLimits.MAX_CELL_CHARACTERS));
        }
        text.append(ch, start, length);
    }

    /**
     * Excel writes characters XML cannot hold (such as a carriage return) as {@code _xHHHH_}; turns
     * them back into the characters.
     */
    static String decodeEscapes(CharSequence text) {
        String value = text.toString();
        int at = value.indexOf("_x");
        if (at < 0) {
            return value;
        }
        StringBuilder decoded = new StringBuilder(value.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= value.length() && value.charAt(at + 6) == '_' && isHex(value, at + 2, at + 6)) {
                decoded.append(value, from, at).append((char) Integer.parseInt(value, at + 2, at + 6, 16));
                from = at + 7;
                at = value.indexOf("_x", from);
            } else {
                at = value.indexOf("_x", at + 1);
            }
        }
        return decoded.append(value, from, value.length()).toString();
    }

    private static boolean isHex(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(value.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
