package io.roadcase.read.export;

import io.roadcase.read.Column;
import io.roadcase.read.RoadmapTable;

/**
 * What a column of a tool export means. Most fields feed one roadmap column ({@link #target}); the
 * others (type, parent, last update, …) decide which rows are roadmap items and fill the rest.
 */
public enum Field {
    KEY(RoadmapTable.ID),
    TITLE(RoadmapTable.TITLE),
    STATUS(RoadmapTable.STATUS),
    START(RoadmapTable.START),
    END(RoadmapTable.END),
    OWNER(RoadmapTable.OWNER),
    TEAM(RoadmapTable.TEAM),
    THEME(RoadmapTable.THEME),
    DEPENDS_ON(RoadmapTable.DEPENDS_ON),
    DESCRIPTION(RoadmapTable.DESCRIPTION),
    PROGRESS(RoadmapTable.PROGRESS),
    LINK(RoadmapTable.LINK),
    BUSINESS_VALUE(RoadmapTable.BUSINESS_VALUE),
    TIME_CRITICALITY(RoadmapTable.TIME_CRITICALITY),
    JOB_SIZE(RoadmapTable.JOB_SIZE),
    /** A second identifier other rows may use to point at this one (Jira's numeric Issue id). */
    ALT_KEY(null),
    /** The issue or work item type (Epic, Story, …). */
    TYPE(null),
    /** Jira's Status Category (To Do, In Progress, Done), used when the status word is unknown. */
    STATUS_CATEGORY(null),
    /** When the item was completed: a date here means done (Asana). */
    COMPLETED(null),
    /** The parent's key, id or title. */
    PARENT(null),
    /** The parent's title, written out by the export (Jira Cloud's Parent summary). */
    PARENT_TITLE(null),
    /** The epic's key (Jira's Epic Link). */
    EPIC(null),
    /** When the row was last changed: in a status history, the latest row of each key wins. */
    UPDATED(null);

    private final Column target;

    Field(Column target) {
        this.target = target;
    }

    /** The roadmap column this field fills, or null. */
    public Column target() {
        return target;
    }
}
