package io.roadcase.source;

/**
 * Characters of a buffer seen as text without copying them: a CSV field handed to a table reader,
 * which usually only parses it as a number or date, or compares it with the previous row's.
 */
final class TextSlice implements CharSequence {

    private final char[] chars;
    private final int start;
    private final int end;

    TextSlice(char[] chars, int start, int end) {
        this.chars = chars;
        this.start = start;
        this.end = end;
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
        if (from < 0 || from > to || to > end - start) {
            throw new IndexOutOfBoundsException("from " + from + " to " + to + " of " + (end - start));
        }
        return new TextSlice(chars, start + from, start + to);
    }

    @Override
    public String toString() {
        return new String(chars, start, end - start);
    }
}
