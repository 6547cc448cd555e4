package io.roadcase.read;

import io.roadcase.model.Place;
import io.roadcase.model.Portfolio;
import io.roadcase.model.Problem;
import io.roadcase.source.RowSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What reading took in from each file of the data folder: the table sheets it found, and the sheets that are no table with the table each looks like. From that, the
 * warnings about files and sheets that gave nothing, and the error when the whole folder gave
 * nothing to report: data that was not read is never called valid.
 */
final class Intake {

    /** One file: its table sheets, and its other sheets with their guesses. */
    private static final class FileIntake {
        final List<String> tables = new ArrayList<>();
        final Map<String, TableGuess> others = new LinkedHashMap<>();
    }

    private final Map<String, FileIntake> files = new LinkedHashMap<>();

    private FileIntake file(String name) {
        return files.computeIfAbsent(name, n -> new FileIntake());
    }

    /** A sheet (or CSV file) named after a table. */
    void table(String file, String sheet) {
        file(file).tables.add(sheet);
    }

    /** A sheet (or CSV file) whose name is no table's but whose header is a tool export's: a roadmap after all. */
    void export(String file, String sheet) {
        FileIntake intake = file(file);
        intake.others.remove(sheet);
        intake.tables.add(sheet);
    }

    /** A sheet (or CSV file) whose name is no table's: a sink that reads its top to guess what it was meant to be. */
    RowSink other(String file, String sheet, String name) {
        TableGuess guess = new TableGuess(name);
        file(file).others.put(sheet, guess);
        return guess;
    }

    /**
     * Reports, for the files read (names relative to the data folder, unreadable ones left out): a sheet
     * that looks like a table under another name (a warning with the name to use), a file with no table
     * (a warning), other sheets (info), and an error when the portfolio holds nothing to report, unless a
     * file that could not be read (an error already) explains it.
     */
    void report(List<String> readable, boolean allRead, Portfolio portfolio, String folder, List<Problem> problems) {
        for (String name : readable) {
            FileIntake intake = file(name);
            boolean hasTable = !intake.tables.isEmpty();
            Map<String, TableGuess.Guess> guesses = new LinkedHashMap<>();
            intake.others.forEach((sheet, guess) -> guesses.put(sheet, guess.guess()));
            boolean guessed = guesses.values().stream().anyMatch(guess -> guess != null);
            if (!hasTable && !guessed) {
                problems.add(Problem.warning(Place.file(name), name + " holds no table Roadcase reads, so nothing"
                        + " is read from it" + sheets(new ArrayList<>(guesses.keySet())) + "; " + howTablesAreFound()));
                continue;
            }
            guesses.forEach((sheet, guess) -> problems.add(guess != null
                    ? Problem.warning(Header.sheetPlace(name, sheet), suggestion(name, sheet, guess))
                    : Problem.info(Header.sheetPlace(name, sheet), "the " + (sheet == null ? "file name " : "sheet name ")
                            + FoundText.quoted(sheet == null ? name : sheet) + " is not a table Roadcase reads, so it is"
                            + " skipped; tables: " + tableNames())));
        }
        if (allRead && ReadSummary.of(portfolio, readable.size()).isEmpty()) {
            problems.add(Problem.error(Place.file(folder), "nothing to report: no initiative, KPI, funding case or"
                    + " risk was read from the data folder " + folder + "; files seen: " + seen(readable) + "; "
                    + howTablesAreFound()));
        }
    }

    private String seen(List<String> readable) {
        if (files.isEmpty() && readable.isEmpty()) {
            return "none (Roadcase reads .xlsx, .xlsm, .xls and .csv files directly in the folder)";
        }
        return files.entrySet().stream().map(e -> e.getKey() + (e.getValue().tables.isEmpty()
                ? sheets(new ArrayList<>(e.getValue().others.keySet())) : " (tables: " + e.getValue().tables.stream()
                        .map(sheet -> sheet == null ? "the file" : sheet).collect(Collectors.joining(", ")) + ")"))
                .collect(Collectors.joining(", "));
    }

    /** {@code  (sheets Plan, Notes)}, or nothing for a CSV file. */
    private static String sheets(List<String> sheets) {
        List<String> named = sheets.stream().filter(s -> s != null).map(FoundText::quoted).toList();
        return named.isEmpty() ? "" : " (sheet" + (named.size() == 1 ? " " : "s ") + String.join(", ", named) + ")";
    }

    static String howTablesAreFound() {
        return "Roadcase finds a table by its sheet name in a workbook, or by its file name for a CSV file: "
                + tableNames() + " (docs/input.md lists other names each table accepts)";
    }

    private static String tableNames() {
        return Tables.ALL.stream().map(Table::name).collect(Collectors.joining(", "));
    }

    /** {@code roadmap-2026.csv looks like a roadmap table (it has title, start_date, end_date): name the file roadmap.csv}. */
    static String suggestion(String file, String sheet, TableGuess.Guess guess) {
        String table = guess.table().name();
        String what = sheet == null ? file : "sheet " + FoundText.quoted(sheet) + " of " + file;
        StringBuilder s = new StringBuilder(what);
        if (guess.has().isEmpty()) {
            s.append(" is named like the ").append(table).append(" table, but its header (within the first ")
                    .append(TableSink.HEADER_ROWS).append(" rows) has none of its columns");
        } else {
            s.append(" looks like a ").append(table).append(" table (it has ").append(String.join(", ", guess.has()))
                    .append(")");
        }
        s.append(", but is not read: name ").append(sheet == null ? "the file " + table + ".csv" : "the sheet " + table);
        if (!guess.missing().isEmpty()) {
            s.append(", and add the required column").append(guess.missing().size() == 1 ? " " : "s ")
                    .append(guess.missing().stream().map(Column::name).collect(Collectors.joining(", ")));
        }
        return s.toString();
    }
}
