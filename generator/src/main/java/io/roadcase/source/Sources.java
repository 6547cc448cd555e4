package io.roadcase.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Reads the raw cells of a data file (.xlsx, .xlsm, .xls or .csv), sheet by sheet, never modifying
 * it. Every failure of a file, hostile or merely broken, becomes one {@link SourceException} with
 * a one-line message for users.
 */
public final class Sources {

    private Sources() {
    }

    /**
     * Streams every sheet of a file to the visitor, in workbook order.
     *
     * @param file         the file to read
     * @param relativeName its path relative to the data directory, passed on to the visitor
     * @param visitor      chooses the sheets to read and receives their rows
     * @throws SourceException when the file cannot be read; exceptions thrown by the visitor or its
     *                         sinks pass through unchanged
     */
    public static void read(Path file, String relativeName, SheetVisitor visitor) throws SourceException {
        ReadDeadline clock = new ReadDeadline(ReadLimits.MAX_MILLIS_PER_FILE);
        try {
            switch (format(file)) {
                case CSV -> CsvSource.read(file, relativeName, visitor, clock);
                case XLSX -> XlsxSource.read(file.toFile(), relativeName, visitor, clock);
                case XLS -> XlsSource.read(file.toFile(), relativeName, visitor, clock);
            }
        } catch (SourceException e) {
            throw e;
        } catch (VisitorFailure e) {
            throw e.getCause();
        } catch (Exception | StackOverflowError e) {
            // A StackOverflowError is caught because a deeply nested hostile file can cause one in
            // a parser; it leaves nothing behind. OutOfMemoryError is not: the limits prevent it.
            RuntimeException fromVisitor = Failures.visitorCause(e);
            if (fromVisitor != null) {
                throw fromVisitor;
            }
            throw new SourceException(Failures.describe(e), e);
        }
    }

    private enum Format { CSV, XLSX, XLS }

    /** The format, from the extension and then from the file's first bytes. */
    private static Format format(Path file) throws SourceException, IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.lastIndexOf('.') < 0) {
            throw new SourceException("files without an extension are not read: use .xlsx, .xlsm, .xls or .csv");
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        switch (extension) {
            case "csv", "tsv":
                return Format.CSV;
            case "xlsb":
                throw new SourceException(Failures.XLSB);
            case "xlsx", "xlsm", "xltx", "xltm", "xls", "xlt":
                break;
            default:
                throw new SourceException("files of type ." + extension
                        + " are not read: use .xlsx, .xlsm, .xls or .csv");
        }
        if (!Files.isRegularFile(file)) {
            throw new SourceException(Files.exists(file) ? "it is not a file" : "the file does not exist");
        }
        if (Files.size(file) == 0) {
            throw new SourceException("the file is empty");
        }
        // Trust the content, not the name: an .xls that is really an .xlsx (or the reverse) reads.
        FileMagic magic = FileMagic.valueOf(file.toFile());
        return switch (magic) {
            case OOXML -> Format.XLSX;
            case OLE2 -> Format.XLS;
            case BIFF2, BIFF3, BIFF4 -> throw new SourceException(Failures.OLD_BIFF);
            case HTML -> throw new SourceException(
                    "this is a web page, not an Excel workbook: open it in Excel and save it as .xlsx");
            case XML -> throw new SourceException(
                    "this is an XML file (maybe an Excel 2003 XML spreadsheet), not a workbook: save it as .xlsx");
            default -> throw new SourceException(
                    "this is not an Excel workbook (perhaps text or CSV with a spreadsheet name): save it as .xlsx");
        };
    }
}
