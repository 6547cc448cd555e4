package io.roadcase.source;

import java.io.EOFException;
import java.nio.charset.CharacterCodingException;
import java.util.zip.ZipException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.xssf.XLSBUnsupportedException;

/** Turns whatever a parser threw into one line a user can act on. */
final class Failures {

    static final String ENCRYPTED = "encrypted workbooks are not supported: save it without a password";
    static final String XLSB = "Excel binary workbooks (.xlsb) are not supported: save as .xlsx";
    static final String OLD_BIFF = "this .xls is in an old Excel 5/95 format (or older): save it as .xlsx";
    static final String ZIP_BOMB = "the file expands to far more data than its size suggests (a possible zip bomb),"
            + " so it was not read";
    static final String SAME_NAME = "the file holds two parts with the same name, a sign of a damaged or tampered file,"
            + " so it was not read";

    private Failures() {
    }

    /** The exception a visitor or sink threw, if that is what stopped the reading. */
    static RuntimeException visitorCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof VisitorFailure visitor) {
                return visitor.getCause();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** The message for a failure, from the most telling exception in its cause chain. */
    static String describe(Throwable e) {
        Throwable root = e;
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            String specific = specific(t);
            if (specific != null) {
                return specific;
            }
            root = t;
        }
        if (e instanceof StackOverflowError) {
            return "the file is nested too deeply to read: it is damaged or hostile";
        }
        if (root instanceof NullPointerException || root instanceof ClassCastException
                || root instanceof IndexOutOfBoundsException || root instanceof ArithmeticException) {
            // A parser tripped over broken content; its own message would only confuse users.
            return "the file is damaged or not a valid workbook";
        }
        return "the file is damaged or not a valid workbook (" + Messages.oneLine(root) + ")";
    }

    private static String specific(Throwable t) {
        if (t instanceof SourceFailure) {
            return t.getMessage();
        }
        if (t instanceof EncryptedDocumentException) {
            return ENCRYPTED;
        }
        if (t instanceof OldExcelFormatException) {
            return OLD_BIFF;
        }
        if (t instanceof XLSBUnsupportedException) {
            return XLSB;
        }
        if (t instanceof CharacterCodingException) {
            return "the CSV file is not UTF-8 text: save it as \"CSV UTF-8\"";
        }
        String message = t.getMessage() == null ? "" : t.getMessage();
        if (message.contains("DOCTYPE is disallowed") || message.contains("entity expansion")
                || message.contains("access is not allowed")) {
            return "the file contains XML declarations (DOCTYPE/entities) that are refused for safety:"
                    + " save it again from Excel";
        }
        if (t instanceof ZipException || t instanceof EOFException || message.contains("Truncated")
                || message.contains("truncated")) {
            return "the file is damaged or truncated: save it again from Excel";
        }
        if (t.getClass().getName().startsWith("org.apache.commons.csv") || message.contains("encapsulated token")) {
            return "the CSV file is malformed: " + Messages.oneLine(t);
        }
        return null;
    }
}
