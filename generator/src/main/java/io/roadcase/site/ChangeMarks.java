package io.roadcase.site;

import io.roadcase.changes.ChangeText;
import io.roadcase.model.Change;
import io.roadcase.model.Change.Entity;
import io.roadcase.model.Changes;
import io.roadcase.model.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * What pages show of the changes since the baseline: the changes page's groups, the overview's count,
 * and the "Changed since …" marks of each initiative, KPI and case. Without a baseline every list is
 * empty and {@link #any()} is false, so pages show nothing about changes.
 */
public final class ChangeMarks {

    private final Changes changes;
    private final ChangeText text;
    private final PageFormats formats;

    ChangeMarks(Report report, PageFormats formats) {
        this.changes = report.changes();
        this.text = new ChangeText(formats, report);
        this.formats = formats;
    }

    /** One kind of thing on the changes page. */
    public record Group(String id, String name, List<Change> changes) {
    }

    /** Whether there is a baseline: then the site has a changes page. */
    public boolean any() {
        return changes.hasBaseline();
    }

    /** The baseline's report date: {@code 24 Oct 2026}. */
    public String since() {
        return changes.baselineDate() == null ? "" : formats.date(changes.baselineDate());
    }

    /** The baseline's report date as {@code 2026-10-24}. */
    public String sinceIso() {
        return changes.baselineDate() == null ? "" : changes.baselineDate().toString();
    }

    /** The baseline report's title, or empty. */
    public String baselineTitle() {
        return changes.baselineTitle() == null ? "" : changes.baselineTitle();
    }

    /** How many changes the site shows. */
    public int count() {
        return changes.shown().size();
    }

    /** {@code 14 changes since 24 Oct 2026}. */
    public String summary() {
        return text.summary(count());
    }

    /** The shown changes by kind of thing, each most important first; kinds without changes left out. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (Entity e : Entity.values()) {
            List<Change> of = changes.of(e);
            if (e != Entity.STAKEHOLDER && !of.isEmpty()) {
                groups.add(new Group(e.word(), ChangeText.group(e), of));
            }
        }
        return groups;
    }

    /** The most important shown changes, for the overview. */
    public List<Change> top(int n) {
        return changes.shown().stream().limit(n).toList();
    }

    public List<Change> initiative(String id) {
        return changes.of(Entity.INITIATIVE, id);
    }

    public List<Change> kpi(String id) {
        return changes.of(Entity.KPI, id);
    }

    /** A case page's changes: of the case, its risks and the initiatives it funds. */
    public List<Change> fundingCase(String id) {
        return changes.ofCase(id);
    }

    /** Risks of an initiative page: its own changes first, then risks that show on its page. */
    public List<Change> initiativePage(String id) {
        String page = "initiatives/" + id + ".html";
        List<Change> all = new ArrayList<>(initiative(id));
        changes.of(Entity.RISK).stream().filter(c -> page.equals(c.page())).forEach(all::add);
        return all;
    }

    /**
     * The most important change of one thing, for its "changed" mark on cards and table rows, or null
     * when it did not change (or there is no baseline).
     *
     * @param entity {@code initiative}, {@code kpi} or {@code funding-case}
     */
    public Change first(String entity, String id) {
        for (Change c : changes.shown()) {
            if (c.entity().word().equals(entity) && c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }

    /** Whether {@code c} is its thing's first row on the changes page: that row carries the anchor. */
    public boolean opens(Change c) {
        return first(c.entity().word(), c.id()) == c;
    }

    /**
     * The id of a thing's first row on the changes page: {@code changed-initiative-CHK-1}. Characters
     * other than ASCII letters, digits, {@code -} and {@code _} become {@code .} and their code point in
     * hex, so any id (a risk's text) gives a valid, distinct fragment.
     */
    public String anchor(Change c) {
        StringBuilder s = new StringBuilder("changed-").append(c.entity().word()).append('-');
        c.id().codePoints().forEach(cp -> {
            if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_')) {
                s.appendCodePoint(cp);
            } else {
                s.append('.').append(Integer.toHexString(cp)).append('.');
            }
        });
        return s.toString();
    }

    public String sentence(Change c) {
        return text.sentence(c);
    }

    public String what(Change c) {
        return text.what(c);
    }

    public String from(Change c) {
        return text.from(c);
    }

    public String to(Change c) {
        return text.to(c);
    }

    public String delta(Change c) {
        return text.delta(c);
    }

    public String tone(Change c) {
        return text.tone(c);
    }

    /** {@code initiative}, {@code KPI}, {@code funding case}. */
    public String thing(Change c) {
        return ChangeText.thing(c.entity());
    }
}
