package io.roadcase.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the spreadsheet and CSV files of a data directory. */
public final class DataFiles {

    private static final List<String> EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls", ".csv", ".tsv");

    private DataFiles() {
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

    private static boolean isDataFile(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        // Office writes "~$name.xlsx" and LibreOffice ".~lock.name.xlsx#" while a file is open.
        if (name.startsWith("~$") || name.startsWith(".") || !hasDataExtension(name)) {
            return false;
        }
        return Files.isRegularFile(entry) && !Files.isHidden(entry);
    }

    private static boolean hasDataExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }
}
