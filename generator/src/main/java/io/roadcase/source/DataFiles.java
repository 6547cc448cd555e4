package io.roadcase.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the spreadsheet and CSV files of a data directory. */
public final class DataFiles {

    private static final List<String> EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls", ".csv", ".tsv");

    /**
     * Spreadsheets of other formats, which are not read: a user who put one in the data folder meant
     * its tables to be read, so each is named with what to do instead (saving as .xlsx).
     */
    private static final Map<String, String> NOT_READ = Map.ofEntries(
            Map.entry(".ods", "an OpenDocument spreadsheet: save it as .xlsx (in LibreOffice: File > Save As, Excel 2007-365)"),
            Map.entry(".fods", "a flat OpenDocument spreadsheet: save it as .xlsx (in LibreOffice: File > Save As, Excel 2007-365)"),
            Map.entry(".ots", "an OpenDocument template: save a spreadsheet made from it as .xlsx"),
            Map.entry(".xlsb", "an Excel binary workbook: save it as .xlsx (Excel: File > Save As, Excel Workbook)"),
            Map.entry(".xltx", "an Excel template: save a workbook made from it as .xlsx"),
            Map.entry(".xltm", "an Excel template: save a workbook made from it as .xlsx"),
            Map.entry(".xlt", "an Excel template: save a workbook made from it as .xlsx"),
            Map.entry(".numbers", "a Numbers document: export it as .xlsx (Numbers: File > Export To > Excel)"),
            Map.entry(".gsheet", "a Google Drive shortcut, which holds no data: download the sheet as .xlsx"
                    + " (Google Sheets: File > Download > Microsoft Excel)"));

    /**
     * Data files larger than this together are validated with the optimising compiler, by bin/roadcase
     * (which sums the sizes itself) and by the Maven goals' own JVM: a million KPI values (18 MB of
     * xlsx) validate in 2.1 s with it and 3.2 s without, the sample's 0.1 MB in 0.70 s and 0.51 s.
     */
    public static final long LARGE_BYTES = 8L * 1024 * 1024;

    private DataFiles() {
    }

    /** The size of the data files {@link #list} finds; {@link Long#MAX_VALUE} when they cannot be listed or measured. */
    public static long bytes(Path dataDirectory) {
        long bytes = 0;
        try {
            for (Path file : list(dataDirectory)) {
                bytes += Files.size(file);
            }
            return bytes;
        } catch (SourceException | IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * The data files directly in a folder (not in sub-folders), sorted by file name so every run
     * reads them in the same order whatever the platform or locale.
     *
     * @throws SourceException if the folder is missing, not a folder or unreadable
     */
    public static List<Path> list(Path dataDirectory) throws SourceException {
        if (!Files.exists(dataDirectory)) {
            throw new SourceException("the data folder does not exist");
        }
        if (!Files.isDirectory(dataDirectory)) {
            throw new SourceException("the data folder is a file, not a folder");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dataDirectory)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (isDataFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new SourceException("the data folder cannot be read: " + Messages.oneLine(e), e);
        }
        // Plain UTF-16 order of the names: the same on every machine, unlike a Collator.
        files.sort(Comparator.comparing(path -> path.getFileName().toString()));
        return files;
    }

    /** A spreadsheet in the data folder that is not read, and what it is with what to do (see {@link #notRead}). */
    public record NotRead(Path file, String advice) {
    }

    /**
     * The spreadsheets of formats Roadcase does not read (OpenDocument, Excel binary and templates,
     * Numbers, Google Drive shortcuts) directly in a data folder, sorted by file name; lock and hidden
     * files left out as in {@link #list}. Empty when the folder cannot be listed ({@link #list} says why).
     */
    public static List<NotRead> notRead(Path dataDirectory) {
        List<NotRead> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dataDirectory)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String advice = NOT_READ.get(extension(entry.getFileName().toString()));
                if (advice != null && isVisibleFile(entry)) {
                    found.add(new NotRead(entry, advice));
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(n -> n.file().getFileName().toString()));
        return found;
    }

    private static boolean isDataFile(Path entry) throws IOException {
        String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && isVisibleFile(entry);
    }

    private static boolean isVisibleFile(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        // Office writes "~$name.xlsx" and LibreOffice ".~lock.name.xlsx#" while a file is open.
        if (name.startsWith("~$") || name.startsWith(".")) {
            return false;
        }
        return Files.isRegularFile(entry) && !Files.isHidden(entry);
    }

    /** {@code .ods} of {@code Budget.ODS}; empty without a dot. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
