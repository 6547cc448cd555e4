package io.roadcase.read.export;

import static io.roadcase.model.InitiativeStatus.BLOCKED;
import static io.roadcase.model.InitiativeStatus.CANCELLED;
import static io.roadcase.model.InitiativeStatus.DONE;
import static io.roadcase.model.InitiativeStatus.IN_PROGRESS;
import static io.roadcase.model.InitiativeStatus.PLANNED;

import java.util.List;

/**
 * Asana's project export to CSV: {@code Task ID,Created At,Completed At,Last Modified,Name,Section/Column,
 * Assignee,Assignee Email,Start Date,Due Date,Tags,Notes,Projects,Parent task} and the project's custom
 * fields. A task with a completion date is done; a section named like a status (a board's column)
 * gives the status of the others, any other section is the theme. Subtasks stay off the roadmap by default.
 */
final class Asana extends ToolExport {

    private static final List<String> ONLY_ASANA = List.of("Created At", "Completed At", "Last Modified",
            "Section/Column", "Assignee Email", "Parent task", "Blocked By (Dependencies)");

    Asana() {
        super("Asana");
        column(Field.KEY, "Task ID");
        column(Field.TITLE, "Name");
        column(Field.STATUS, "Status", "Section/Column");
        column(Field.COMPLETED, "Completed At");
        column(Field.START, "Start Date");
        column(Field.END, "Due Date");
        column(Field.OWNER, "Assignee", "Assignee Email");
        column(Field.TEAM, "Team");
        column(Field.THEME, "Section/Column", "Tags", "Projects");
        column(Field.PARENT, "Parent task");
        column(Field.DEPENDS_ON, "Blocked By (Dependencies)");
        column(Field.DESCRIPTION, "Notes");
        column(Field.UPDATED, "Last Modified");

        status(PLANNED, "To Do", "To-do", "Todo", "Backlog", "Not Started", "Planned", "Up Next", "Ready");
        status(IN_PROGRESS, "In Progress", "Doing", "In Review", "Started", "On Track");
        status(DONE, "Done", "Complete", "Completed");
        status(BLOCKED, "Blocked", "On Hold", "Off Track");
        status(CANCELLED, "Cancelled", "Canceled");
        status(io.roadcase.model.InitiativeStatus.AT_RISK, "At Risk");
    }

    @Override
    protected Match recognise(ExportHeader header) {
        if (!header.has(this, "Task ID") || !header.has(this, "Name")) {
            return Match.NONE;
        }
        return ONLY_ASANA.stream().anyMatch(h -> header.has(this, h)) ? Match.STRONG : Match.WEAK;
    }

    @Override
    protected boolean parentMeansSubItem() {
        return true;
    }

    /** Done when completed; else a status column, or a section named like a status; else blank (planned). */
    @Override
    protected ExportRow.Value status(ExportRow row) {
        ExportRow.Value completed = row.first(Field.COMPLETED);
        if (completed != null) {
            return completed.as(canonical(DONE));
        }
        for (java.util.List<Integer> group : row.header().groups(Field.STATUS)) {
            ExportRow.Value word = row.joined(group, ", ");
            if (word == null) {
                continue;
            }
            if (status(word.text()) != null) {
                return word.as(canonical(status(word.text())));
            }
            // A Status field's unknown word stays as written; a section's is a theme.
            if (HeaderNames.key(row.header().text(group.get(0))).equals("status")) {
                return word;
            }
        }
        return null;
    }

    /** A section named like a status is a board column, not a theme. */
    @Override
    protected ExportRow.Value theme(ExportRow row) {
        for (java.util.List<Integer> group : row.header().groups(Field.THEME)) {
            ExportRow.Value value = row.joined(group, "\n");
            if (value != null && status(value.text()) == null) {
                return value.as(ExportRow.split(value.text()).get(0));
            }
        }
        return null;
    }
}
