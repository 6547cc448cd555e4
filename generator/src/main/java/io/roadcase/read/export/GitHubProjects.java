package io.roadcase.read.export;

import static io.roadcase.model.InitiativeStatus.BLOCKED;
import static io.roadcase.model.InitiativeStatus.DONE;
import static io.roadcase.model.InitiativeStatus.IN_PROGRESS;
import static io.roadcase.model.InitiativeStatus.PLANNED;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub Projects view exported with "Export view data" (a {@code .tsv} file; the same as CSV reads
 * too): its visible fields, such as {@code Title, URL, Assignees, Status, Labels, Milestone, Repository,
 * Parent issue, Sub-issues progress, Iteration, Start date, Target date}. An item's id is made from its
 * URL ({@code shop-42} for {@code …/acme/shop/issues/42}), or from its title for a draft.
 */
final class GitHubProjects extends ToolExport {

    private static final List<String> ONLY_GITHUB = List.of("Assignees", "Linked pull requests", "Repository",
            "Reviewers", "Sub-issues progress", "Parent issue", "Milestone");
    private static final Pattern SHORT_REFERENCE = Pattern.compile("(?:[^/\\s]+/)?([^/#\\s]+)#(\\d+)");
    private static final Pattern ITEM_URL = Pattern.compile("https?://[^/]+/[^/]+/([^/]+)/(?:issues|pull)/(\\d+).*");

    GitHubProjects() {
        super("GitHub Projects");
        column(Field.KEY, "URL");
        column(Field.TITLE, "Title");
        column(Field.TYPE, "Type", "Issue Type");
        column(Field.STATUS, "Status");
        column(Field.START, "Start date", "Start");
        column(Field.END, "Target date", "End date", "Due date", "Target");
        column(Field.OWNER, "Assignees");
        column(Field.TEAM, "Team", "Repository");
        column(Field.THEME, "Theme", "Epic", "Area", "Pillar", "Labels", "Milestone");
        column(Field.PARENT, "Parent issue");
        column(Field.PROGRESS, "Sub-issues progress", "Progress");
        column(Field.DEPENDS_ON, "Blocked by");
        column(Field.DESCRIPTION, "Body", "Description");
        column(Field.LINK, "URL");

        topTypes("Initiative", "Epic");
        subTaskTypes("Sub-task", "Subtask");

        status(PLANNED, "Todo", "To Do", "Backlog", "Ready", "New", "Planned");
        status(IN_PROGRESS, "In Progress", "In Review", "In QA");
        status(DONE, "Done", "Closed", "Shipped");
        status(BLOCKED, "Blocked");
    }

    @Override
    protected Match recognise(ExportHeader header) {
        if (!header.has(this, "Title")) {
            return Match.NONE;
        }
        long own = ONLY_GITHUB.stream().filter(h -> header.has(this, h)).count();
        return own >= 2 ? Match.STRONG : own == 1 ? Match.WEAK : Match.NONE;
    }

    @Override
    protected boolean parentMeansSubItem() {
        return true;
    }

    /** {@code acme/shop#42} and an item's URL both name {@code shop-42}. */
    @Override
    protected String reference(String text) {
        Matcher m = ITEM_URL.matcher(text);
        if (m.matches()) {
            return m.group(1) + "-" + m.group(2);
        }
        m = SHORT_REFERENCE.matcher(text);
        return m.matches() ? m.group(1) + "-" + m.group(2) : text;
    }

    /** {@code shop-42} from the item's URL; a draft (no URL) gets {@code draft-} and its title. */
    @Override
    protected String key(ExportRow row) {
        String url = row.text(Field.KEY);
        if (url != null) {
            Matcher m = ITEM_URL.matcher(url);
            if (m.matches()) {
                return m.group(1) + "-" + m.group(2);
            }
        }
        String title = row.text(Field.TITLE);
        if (title == null) {
            return url;
        }
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "draft-" + (slug.length() > 50 ? slug.substring(0, 50) : slug);
    }
}
