package io.roadcase.read.export;

import static io.roadcase.model.InitiativeStatus.CANCELLED;
import static io.roadcase.model.InitiativeStatus.DONE;
import static io.roadcase.model.InitiativeStatus.IN_PROGRESS;
import static io.roadcase.model.InitiativeStatus.PLANNED;

import java.util.regex.Pattern;

/**
 * Azure DevOps (Boards) query results exported with "Export to CSV":
 * {@code ID,Work Item Type,Title,Assigned To,State,Tags} plus the query's other columns, such as
 * {@code Area Path, Iteration Path, Start Date, Target Date, Parent, Business Value, Time Criticality,
 * Effort, Description}. A tree query writes its titles in {@code Title 1}, {@code Title 2}, … by level.
 */
final class AzureDevOps extends ToolExport {

    private static final Pattern HTML = Pattern.compile("(?is).*<(?:div|p|br|ul|ol|li|span|b|i|strong|em|a)\\b.*");

    AzureDevOps() {
        super("Azure DevOps");
        column(Field.KEY, "ID");
        column(Field.TITLE, "Title", "Title 1", "Title 2", "Title 3", "Title 4", "Title 5", "Title 6");
        column(Field.TYPE, "Work Item Type");
        column(Field.STATUS, "State");
        column(Field.START, "Start Date");
        column(Field.END, "Target Date", "Finish Date", "Due Date");
        column(Field.OWNER, "Assigned To");
        column(Field.TEAM, "Area Path", "Node Name");
        column(Field.THEME, "Tags");
        column(Field.PARENT, "Parent");
        column(Field.DESCRIPTION, "Description");
        column(Field.BUSINESS_VALUE, "Business Value");
        column(Field.TIME_CRITICALITY, "Time Criticality");
        column(Field.JOB_SIZE, "Effort", "Size");
        column(Field.UPDATED, "Changed Date");

        topTypes("Initiative", "Epic");
        subTaskTypes("Task");

        status(PLANNED, "New", "Proposed", "To Do", "Approved", "Ready");
        status(IN_PROGRESS, "Active", "In Progress", "Doing", "Committed", "Resolved", "In Review");
        status(DONE, "Closed", "Done", "Completed");
        status(CANCELLED, "Removed", "Cut");
    }

    @Override
    protected Match recognise(ExportHeader header) {
        return header.has(this, "ID") && header.has(this, "Work Item Type") && header.has(Field.TITLE)
                ? Match.STRONG : Match.NONE;
    }

    /** The description as text: Azure DevOps keeps it as HTML. */
    @Override
    protected ExportRow.Value description(ExportRow row) {
        ExportRow.Value html = super.description(row);
        return html == null || !HTML.matcher(html.text()).matches() ? html : html.as(HtmlText.text(html.text()));
    }
}
