package io.roadcase.source;

import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * An attribute value of the current element seen in the parser's own buffer, through Stax2's typed
 * access ({@link XMLStreamReader2#getAttributeAs(int, org.codehaus.stax2.typed.TypedValueDecoder)}),
 * without making a String. Asking Aalto for the String of one attribute makes a String of all of them
 * and one more for each: for the {@code r}, {@code s} and {@code t} of three million cells, that was
 * about a tenth of reading a sheet.
 *
 * <p>Typed access hands the value over with surrounding spaces trimmed. A value with spaces around it must
 * not be read trimmed (it is refused, or read differently), so when a space lies right before or after
 * the trimmed characters (it may belong to the value) the value is read as the String after all. A
 * character there that is not a space belongs to another attribute (or to no value), since trimming
 * removes only spaces; {@code XlsxSourceTest.readsAttributesWithSpacesAsBefore} checks this holds.
 */
final class AttributeText extends TypedValueDecoder implements CharSequence {

    private char[] chars;
    private int start;
    private int end;
    private boolean blank;

    /** The value of an attribute of the element just read: this view, or its String when it may have spaces. */
    CharSequence read(XMLStreamReader2 xml, int index) throws XMLStreamException {
        blank = false;
        xml.getAttributeAs(index, this);
        if (blank) {
            return xml.getAttributeValue(index);
        }
        boolean spaceBefore = start > 0 && maySpace(chars[start - 1]);
        boolean spaceAfter = end < chars.length && maySpace(chars[end]);
        return spaceBefore || spaceAfter ? xml.getAttributeValue(index) : this;
    }

    /**
     * Whether a character next to the trimmed value may be a space of the value: Aalto trims up to
     * {@code ' '}. NUL is never part of a value (XML forbids it): it is the unused end of the buffer.
     */
    private static boolean maySpace(char c) {
        return c != 0 && c <= ' ';
    }

    @Override
    public void decode(char[] buffer, int from, int to) {
        chars = buffer;
        start = from;
        end = to;
    }

    @Override
    public void decode(String value) {
        decode(value.toCharArray(), 0, value.length());
    }

    @Override
    public void handleEmptyValue() {
        blank = true;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= end - start) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return toString().substring(from, to);
    }

    @Override
    public String toString() {
        return new String(chars, start, end - start);
    }
}
