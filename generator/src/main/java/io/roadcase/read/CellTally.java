package io.roadcase.read;

import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Problems that repeat down one column of one sheet, reported once each: the same unknown word in
 * 500 rows gives one problem with its count and first cells, at the first one. (A Jira export gave
 * 516 errors from 4 status words when each row was reported.)
 */
final class CellTally {

    /** How many cells a message names. */
    private static final int SHOWN = 3;

    private final String file;
    private final String sheet;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    CellTally(String file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    /** One kind of problem in one column: its message (given where it occurs), level and cells. */
    private static final class Group {
        final Problem.Level level;
        final Function<String, String> message;
        final Place first;
        final List<String> cells = new ArrayList<>(SHOWN);
        int count;

        Group(Problem.Level level, Function<String, String> message, Place first) {
            this.level = level;
            this.message = message;
            this.first = first;
        }
    }

    /**
     * Counts one cell. Cells with the same {@code key} (say, the column and the word) make one problem.
     *
     * @param message the problem's message given where it occurs, such as {@code " (12 rows, first at B4,
     *                B7, B9)"} or {@code ""} for one cell; made once, when the sheet ends
     */
    void add(String key, Problem.Level level, int row, int column, String header, Function<String, String> message) {
        Group group = groups.get(key);
        if (group == null) {
            group = new Group(level, message, Header.cellPlace(file, sheet, row, column, header));
            groups.put(key, group);
        }
        group.count++;
        if (group.cells.size() < SHOWN) {
            group.cells.add(sheet == null ? Integer.toString(row) : Header.letter(column) + row);
        }
    }

    /** Adds one problem per group to the list, and forgets them. */
    void report(List<Problem> problems) {
        for (Group group : groups.values()) {
            problems.add(new Problem(group.level, group.first, null, group.message.apply(where(group))));
        }
        groups.clear();
    }

    private String where(Group group) {
        if (group.count == 1) {
            return "";
        }
        String first = sheet == null ? "first on lines " : "first at ";
        return " (" + group.count + " rows, " + first + String.join(", ", group.cells) + ")";
    }
}
