package io.roadcase.source;

// placeholder until the source branch lands: the lead takes the source branch's version when merging.

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the data files of a data directory (placeholder until the source branch lands). */
public final class DataFiles {

    private DataFiles() {
    }

    /** The data files directly in the folder, in name order; lock and hidden files left out. */
    public static List<Path> list(Path dataDirectory) throws SourceException {
        try (Stream<Path> files = Files.list(dataDirectory)) {
            return files.filter(Files::isRegularFile)
                    .filter(DataFiles::isDataFile)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new SourceException("cannot list the data directory: " + e.getMessage(), e);
        }
    }

    private static boolean isDataFile(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("~$")) {
            return false;
        }
        return lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
    }
}
