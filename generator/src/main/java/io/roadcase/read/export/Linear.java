package io.roadcase.read.export;

import static io.roadcase.model.InitiativeStatus.BLOCKED;
import static io.roadcase.model.InitiativeStatus.CANCELLED;
import static io.roadcase.model.InitiativeStatus.DONE;
import static io.roadcase.model.InitiativeStatus.IN_PROGRESS;
import static io.roadcase.model.InitiativeStatus.PLANNED;

import java.util.List;

/**
 * Linear's CSV export of issues (workspace export or a view's export):
 * {@code ID,Team,Title,Description,Status,Estimate,Priority,Project ID,Project,Creator,Assignee,Labels,
 * Cycle Number,Cycle Name,Cycle Start,Cycle End,Created,Updated,Started,Triaged,Completed,Canceled,
 * Archived,Due Date,Parent issue,Initiatives,Project Milestone ID,Project Milestone,SLA Status,Roadmaps}.
 * It has no issue type: sub-issues (with a parent issue) stay off the roadmap by default.
 */
final class Linear extends ToolExport {

    private static final List<String> ONLY_LINEAR = List.of("Cycle Number", "Cycle Name", "Cycle Start",
            "Cycle End", "Project ID", "Project Milestone", "Project Milestone ID", "Triaged", "SLA Status",
            "Parent issue", "Initiatives", "Roadmaps");

    Linear() {
        super("Linear");
        column(Field.KEY, "ID");
        column(Field.TITLE, "Title");
        column(Field.STATUS, "Status");
        column(Field.START, "Started", "Cycle Start");
        column(Field.END, "Due Date", "Completed", "Canceled", "Cycle End");
        column(Field.OWNER, "Assignee");
        column(Field.TEAM, "Team");
        column(Field.THEME, "Initiatives", "Project", "Labels");
        column(Field.PARENT, "Parent issue");
        column(Field.DESCRIPTION, "Description");
        column(Field.UPDATED, "Updated");

        status(PLANNED, "Backlog", "Todo", "To Do", "Triage", "Unstarted", "Planned");
        status(IN_PROGRESS, "In Progress", "In Review", "Started", "In QA");
        status(DONE, "Done", "Completed");
        status(BLOCKED, "Blocked");
        status(CANCELLED, "Canceled", "Cancelled", "Duplicate");

        ignore("Project ID", "Project Milestone ID", "Archived");
    }

    @Override
    protected Match recognise(ExportHeader header) {
        boolean columns = header.has(this, "ID") && header.has(this, "Team") && header.has(this, "Title")
                && header.has(this, "Status");
        if (!columns) {
            return Match.NONE;
        }
        return ONLY_LINEAR.stream().anyMatch(h -> header.has(this, h)) ? Match.STRONG : Match.WEAK;
    }

    @Override
    protected boolean parentMeansSubItem() {
        return true;
    }
}
