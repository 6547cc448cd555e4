package io.roadcase.pdf;

import io.roadcase.changes.ChangeText;
import io.roadcase.look.Formats;
import io.roadcase.model.Change;
import io.roadcase.model.Change.Entity;
import io.roadcase.model.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "What changed" section of a brief: the changes since the baseline, grouped by kind of thing, the
 * group with the most important change first. A long list is cut after the most important
 * {@link #MOST} with "and N more", which the site's changes page lists. Written only when the report
 * has a baseline; a brief of a report without one has no such section.
 */
final class ChangesSection {

    /** A brief is read in minutes: more than this many changes is a list for the changes page. */
    static final int MOST = 25;

    private ChangesSection() {
    }

    /**
     * Adds the section when the report has a baseline.
     *
     * @param changes the changes this brief shows, most important first
     * @param newPage whether the section starts a page
     */
    static void add(BriefDocument doc, Report report, List<Change> changes, boolean newPage) {
        if (!report.changes().hasBaseline()) {
            return;
        }
        ChangeText text = new ChangeText(doc.formats, report);
        doc.section("What changed", newPage);
        String since = doc.formats.longDate(report.changes().baselineDate());
        String title = report.changes().baselineTitle();
        String against = "since the report of " + since + (title == null || title.isBlank() ? "" : " (" + title + ")");
        if (changes.isEmpty()) {
            doc.paragraph("No changes " + against + ".", Typesetter.BODY.withColor(BriefTheme.MUTED));
            return;
        }
        doc.paragraph((changes.size() == 1 ? "1 change " : changes.size() + " changes ") + against
                + (changes.size() > MOST ? ", the " + MOST + " most important first" : ", most important first")
                + ".", Typesetter.BODY);
        List<Change> shown = changes.subList(0, Math.min(MOST, changes.size()));
        for (Map.Entry<Entity, List<Change>> group : grouped(shown).entrySet()) {
            doc.subsection(ChangeText.group(group.getKey()));
            TableBuilder t = new TableBuilder(doc, 2.2f, 1.3f, 1.6f, 1.6f, 1.1f)
                    .header(Words.capitalize(ChangeText.thing(group.getKey())), "Change", "Was", "Now", "Moved");
            for (Change c : group.getValue()) {
                t.row(c.name() == null ? c.id() : c.name(), text.what(c), orNone(text.from(c)), orNone(text.to(c)),
                        orNone(text.delta(c)));
            }
            t.addTo();
        }
        if (changes.size() > MOST) {
            doc.paragraph("… and " + (changes.size() - MOST) + " more on the changes page of the site.",
                    Typesetter.BODY.withColor(BriefTheme.MUTED));
        }
    }

    /** By kind of thing; the kinds in the order of their most important change. */
    static Map<Entity, List<Change>> grouped(List<Change> changes) {
        Map<Entity, List<Change>> groups = new LinkedHashMap<>();
        for (Change c : changes) {
            groups.computeIfAbsent(c.entity(), e -> new ArrayList<>()).add(c);
        }
        return groups;
    }

    private static String orNone(String s) {
        return s == null || s.isEmpty() ? Formats.NONE : s;
    }
}
