package io.roadcase.chart;

import io.roadcase.look.Formats;
import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.RoadmapItem;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roadmap as a Gantt chart: one swimlane per theme (first-appearance order, items by start date),
 * bars coloured by status with their progress filled in and the status written beside them,
 * milestones as diamonds, dependency arrows (red when the dependency ends after the dependent
 * starts), the report date as a line, and a fiscal quarter and month grid. Items without dates are
 * listed in a last "Unscheduled" lane. Labels sit in a left column, cut to fit with an ellipsis;
 * the image grows with the rows and packs them tighter when there are many. An item whose end slipped
 * since the baseline shows its previous end as a dashed marker (a hollow diamond for a milestone).
 */
final class RoadmapTimeline extends FramedChart {

    private static final int WIDTH = 960;
    private static final double LABEL_COLUMN = 250;
    private static final double TIME_HEADER = 38;
    private static final String UNSCHEDULED = "Unscheduled";
    /** From this many items on, rows are compact: lanes repeat the quarter labels, only late dependencies are drawn. */
    private static final int MANY = 61;
    /**
     * The most items drawn: 400 rows make an image about 5,000 px tall. Beyond that the image (and
     * its memory, about 4 bytes a pixel) would grow without bound, so the first ones are drawn and the
     * title says how many more the roadmap table lists (docs/robustness.md).
     */
    static final int MAX_ITEMS = 400;

    private final List<RoadmapItem> items;
    private final LocalDate reportDate;
    /** The baseline's end of each item whose end slipped, by id; empty without a baseline. */
    private final Map<String, LocalDate> previousEnds;
    private final List<Row> rows = new ArrayList<>();
    private final double rowHeight;
    private final float fontSize;
    private final LocalDate from;
    private final LocalDate to;
    private final List<Legend.Entry> legend;
    private final double legendHeight;
    private final int height;

    /** A lane header (item null) or one item's row, at y from the top of the rows; indent = levels below a parent. */
    private record Row(String lane, RoadmapItem item, double y, double height, int indent) {
    }

    /** An item in its lane, indented under its parent. */
    record Placed(RoadmapItem item, int indent) {
    }

    RoadmapTimeline(Theme theme, String name, String title, List<RoadmapItem> all, LocalDate reportDate) {
        this(theme, name, title, all, reportDate, Map.of());
    }

    /** @param previousEnds the baseline's end of each item whose end slipped since, by id */
    RoadmapTimeline(Theme theme, String name, String title, List<RoadmapItem> all, LocalDate reportDate,
            Map<String, LocalDate> previousEnds) {
        super(theme, name, shownTitle(title, all.size()), describe(theme, shown(all), reportDate, previousEnds),
                WIDTH);
        List<RoadmapItem> items = shown(all);
        this.items = List.copyOf(items);
        this.reportDate = reportDate;
        this.previousEnds = Map.copyOf(previousEnds);
        this.rowHeight = items.size() <= 60 ? 22 : items.size() <= 200 ? 16 : 12;
        this.fontSize = items.size() <= 60 ? 10f : items.size() <= 200 ? 9f : 8f;
        LocalDate[] range = range(theme, items, reportDate);
        this.from = range[0];
        this.to = range[1];
        this.legend = legendEntries();
        this.legendHeight = Legend.height(theme, legend, WIDTH - 2 * MARGIN) + 8;
        double laneHeight = rowHeight + 2;
        double y = 0;
        for (Map.Entry<String, List<RoadmapItem>> lane : lanes(items).entrySet()) {
            rows.add(new Row(lane.getKey(), null, y, laneHeight, 0));
            y += laneHeight;
            for (Placed placed : nested(lane.getValue())) {
                rows.add(new Row(lane.getKey(), placed.item(), y, rowHeight, placed.indent()));
                y += rowHeight;
            }
        }
        this.height = (int) Math.ceil(headerHeight() + legendHeight + TIME_HEADER + y + MARGIN + 4);
    }

    private static List<RoadmapItem> shown(List<RoadmapItem> all) {
        return all.size() > MAX_ITEMS ? all.subList(0, MAX_ITEMS) : all;
    }

    private static String shownTitle(String title, int count) {
        return count > MAX_ITEMS ? String.format(java.util.Locale.ROOT,
                "%s · first %,d of %,d: and %,d more, see the roadmap table", title, MAX_ITEMS, count, count - MAX_ITEMS)
                : title;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    String subtitle() {
        return items.size() + (items.size() == 1 ? " initiative" : " initiatives") + " by theme · report date "
                + theme.date(reportDate) + (many() ? " · only dependencies that end too late are drawn" : "");
    }

    private static String describe(Theme theme, List<RoadmapItem> items, LocalDate reportDate,
            Map<String, LocalDate> previousEnds) {
        Map<InitiativeStatus, Integer> counts = new LinkedHashMap<>();
        for (InitiativeStatus s : InitiativeStatus.values()) {
            counts.put(s, 0);
        }
        long milestones = items.stream().filter(i -> i.initiative().milestone()).count();
        long unscheduled = items.stream().filter(i -> !scheduled(i.initiative())).count();
        items.forEach(i -> counts.merge(i.initiative().status(), 1, Integer::sum));
        StringBuilder s = new StringBuilder("Timeline of ").append(items.size()).append(" initiatives (")
                .append(milestones).append(" milestones) at ").append(theme.date(reportDate)).append(':');
        counts.forEach((status, n) -> {
            if (status != null && n > 0) {
                s.append(' ').append(n).append(' ').append(status.word()).append(',');
            }
        });
        s.setLength(s.length() - 1);
        s.append('.');
        if (unscheduled > 0) {
            s.append(' ').append(unscheduled).append(" without dates, listed as unscheduled.");
        }
        List<String> slipped = new ArrayList<>();
        for (RoadmapItem item : items) {
            LocalDate was = slipped(item, previousEnds);
            if (was != null) {
                slipped.add(item.id() + " from " + theme.date(was) + " to " + theme.date(item.initiative().end()));
            }
        }
        if (!slipped.isEmpty()) {
            s.append(' ').append(slipped.size()).append(slipped.size() == 1 ? " end" : " ends")
                    .append(" slipped since the baseline (dashed: the previous end): ")
                    .append(String.join(", ", slipped)).append('.');
        }
        return s.toString();
    }

    /** The previous end of a scheduled item whose end moved later, else null. */
    private static LocalDate slipped(RoadmapItem item, Map<String, LocalDate> previousEnds) {
        LocalDate was = previousEnds.get(item.id());
        Initiative i = item.initiative();
        return was != null && scheduled(i) && was.isBefore(i.end()) ? was : null;
    }

    private static boolean scheduled(Initiative i) {
        return i.start() != null && i.end() != null && !i.end().isBefore(i.start());
    }

    /** Theme lanes in first-appearance order, items by start date; unscheduled items last. */
    private static Map<String, List<RoadmapItem>> lanes(List<RoadmapItem> items) {
        Map<String, List<RoadmapItem>> lanes = new LinkedHashMap<>();
        List<RoadmapItem> unscheduled = new ArrayList<>();
        for (RoadmapItem item : items) {
            if (!scheduled(item.initiative())) {
                unscheduled.add(item);
                continue;
            }
            String theme = Canvas.clean(item.initiative().theme());
            lanes.computeIfAbsent(theme.isEmpty() ? "No theme" : theme, k -> new ArrayList<>()).add(item);
        }
        lanes.values().forEach(l -> l.sort(Comparator.comparing((RoadmapItem i) -> i.initiative().start())));
        if (!unscheduled.isEmpty()) {
            lanes.computeIfAbsent(UNSCHEDULED, k -> new ArrayList<>()).addAll(unscheduled);
        }
        return lanes;
    }

    /**
     * A lane's items with each parent's children right beneath it (by start date, as the lane), indented
     * one level per parent above; a child whose parent is in another lane stays where its date puts it.
     */
    static List<Placed> nested(List<RoadmapItem> lane) {
        Map<String, RoadmapItem> inLane = new HashMap<>();
        lane.forEach(item -> inLane.putIfAbsent(item.id(), item));
        Map<String, List<RoadmapItem>> children = new HashMap<>();
        List<RoadmapItem> roots = new ArrayList<>();
        for (RoadmapItem item : lane) {
            String parent = item.initiative().parent();
            if (parent != null && !parent.equals(item.id()) && inLane.containsKey(parent)) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(item);
            } else {
                roots.add(item);
            }
        }
        List<Placed> placed = new ArrayList<>();
        Set<RoadmapItem> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Placed> next = new java.util.ArrayDeque<>();
        for (RoadmapItem root : roots) {
            next.push(new Placed(root, 0));
            while (!next.isEmpty()) {
                Placed at = next.pop();
                if (!seen.add(at.item())) {
                    continue;
                }
                placed.add(at);
                List<RoadmapItem> kids = children.getOrDefault(at.item().id(), List.of());
                for (int k = kids.size() - 1; k >= 0; k--) {
                    next.push(new Placed(kids.get(k), at.indent() + 1));
                }
            }
        }
        // Items on a parent cycle have no root to hang from: they follow, unindented.
        lane.stream().filter(item -> !seen.contains(item)).forEach(item -> placed.add(new Placed(item, 0)));
        return placed;
    }

    /** From the fiscal quarter holding the earliest date to the end of the quarter holding the latest. */
    private static LocalDate[] range(Theme theme, List<RoadmapItem> items, LocalDate reportDate) {
        LocalDate min = reportDate;
        LocalDate max = reportDate;
        for (RoadmapItem item : items) {
            Initiative i = item.initiative();
            if (scheduled(i)) {
                min = i.start().isBefore(min) ? i.start() : min;
                max = i.end().isAfter(max) ? i.end() : max;
            }
        }
        LocalDate start = quarterStart(theme, min);
        LocalDate end = quarterStart(theme, max).plusMonths(3);
        if (ChronoUnit.MONTHS.between(start, end) < 12) {
            end = start.plusMonths(12);
        }
        return new LocalDate[] {start, end};
    }

    private static LocalDate quarterStart(Theme theme, LocalDate date) {
        LocalDate month = date.withDayOfMonth(1);
        int offset = Math.floorMod(month.getMonthValue() - theme.fiscalYearStart(), 3);
        return month.minusMonths(offset);
    }

    private List<Legend.Entry> legendEntries() {
        List<Legend.Entry> entries = new ArrayList<>();
        for (InitiativeStatus s : InitiativeStatus.values()) {
            entries.add(new Legend.Entry(Formats.word(s), Theme.initiativeStatus(s), Legend.Swatch.OUTLINE));
        }
        entries.add(new Legend.Entry("Progress (filled part)", Theme.initiativeStatus(InitiativeStatus.IN_PROGRESS),
                Legend.Swatch.BOX));
        entries.add(new Legend.Entry("Milestone", Theme.INK, Legend.Swatch.DIAMOND));
        if (items.stream().anyMatch(RoadmapItem::isParent)) {
            entries.add(new Legend.Entry("Summary of the items beneath (thin bar)", Theme.MUTED, Legend.Swatch.LINE));
        }
        entries.add(new Legend.Entry("Report date", theme.brand(), Legend.Swatch.LINE));
        entries.add(new Legend.Entry("Dependency", Theme.MUTED, Legend.Swatch.LINE));
        entries.add(new Legend.Entry("Dependency ends too late", Theme.RED, Legend.Swatch.LINE));
        if (items.stream().anyMatch(i -> slipped(i, previousEnds) != null)) {
            entries.add(new Legend.Entry("Previous end (slipped since the baseline)", Theme.INK,
                    Legend.Swatch.DASHED));
        }
        return entries;
    }

    private boolean many() {
        return items.size() >= MANY;
    }

    private double x(LocalDate date, double left, double right) {
        double span = to.toEpochDay() - from.toEpochDay();
        double v = left + (date.toEpochDay() - from.toEpochDay()) / span * (right - left);
        return Math.max(left, Math.min(right, v));
    }

    @Override
    void paintBody(Canvas c, Rectangle2D area) {
        Legend.draw(c, legend, area.getMinX(), area.getMinY(), area.getWidth());
        double top = area.getMinY() + legendHeight + TIME_HEADER;
        double left = area.getMinX() + LABEL_COLUMN;
        double right = area.getMaxX();
        double bottom = top + (rows.isEmpty() ? 0 : rows.get(rows.size() - 1).y() + rows.get(rows.size() - 1).height());

        boolean shade = false;
        Set<Row> shaded = new HashSet<>();
        for (Row row : rows) {
            if (row.item() == null) {
                shade = !shade;
            }
            if (shade) {
                shaded.add(row);
                c.fill(new Rectangle2D.Double(area.getMinX(), top + row.y(), area.getWidth(), row.height()), Theme.BAND);
            }
        }
        paintGrid(c, top - TIME_HEADER, top, bottom, left, right);

        Map<String, Row> rowById = new HashMap<>();
        for (Row row : rows) {
            if (row.item() != null && !UNSCHEDULED.equals(row.lane())) {
                rowById.putIfAbsent(row.item().id(), row);
            }
        }
        paintDependencies(c, rowById, top, left, right);
        Font laneFont = theme.bold(fontSize + 0.5f);
        Font font = theme.regular(fontSize);
        for (Row row : rows) {
            double mid = top + row.y() + row.height() / 2;
            if (row.item() == null) {
                // In a long chart each lane repeats the quarters, so the header is never far away.
                c.label(row.lane(), laneFont, Theme.INK, area.getMinX() + 4, mid + Canvas.ascent(laneFont) / 2 - 1,
                        Canvas.Align.LEFT, many() ? LABEL_COLUMN - 8 : area.getWidth() - 8);
                if (many() && !UNSCHEDULED.equals(row.lane())) {
                    paintQuarterLabels(c, mid + Canvas.ascent(font) / 2 - 1, left, right, Theme.MUTED);
                }
                continue;
            }
            Initiative i = row.item().initiative();
            String label = Canvas.clean(i.id()) + " " + Canvas.clean(i.title());
            double indent = Math.min(row.indent(), 4) * 10;
            c.label(label, row.item().isParent() ? theme.bold(fontSize) : font, Theme.INK,
                    area.getMinX() + 12 + indent, mid + Canvas.ascent(font) / 2 - 1, Canvas.Align.LEFT,
                    LABEL_COLUMN - 20 - indent);
            if (UNSCHEDULED.equals(row.lane())) {
                c.label("No start or end date · " + Formats.word(i.status()), font, Theme.MUTED, left + 4,
                        mid + Canvas.ascent(font) / 2 - 1, Canvas.Align.LEFT, right - left - 8);
            } else {
                paintItem(c, row.item(), mid, left, right, font, shaded.contains(row) ? Theme.BAND : Theme.BACKGROUND);
            }
        }
        double rx = x(reportDate, left, right);
        c.line(rx, top - TIME_HEADER + 16, rx, bottom, theme.brand(), 1.5f);
        Font small = theme.bold(9f);
        String label = "Report date " + theme.date(reportDate);
        double w = Canvas.width(label, small);
        double lx = rx + 4 + w <= right ? rx + 4 : rx - 4 - w;
        c.text(label, small, theme.brand(), Math.max(left, lx), top - TIME_HEADER + 24, Canvas.Align.LEFT);
    }

    /** Quarter and month labels in the time header, with their grid lines down the rows. */
    private void paintGrid(Canvas c, double headerTop, double top, double bottom, double left, double right) {
        Font font = theme.regular(9f);
        double monthWidth = (right - left) / Math.max(1, ChronoUnit.MONTHS.between(from, to));
        double quarterBaseline = headerTop + 12;
        double monthBaseline = top - 5;
        for (LocalDate m = from; m.isBefore(to); m = m.plusMonths(1)) {
            double x0 = x(m, left, right);
            double x1 = x(m.plusMonths(1), left, right);
            boolean quarter = Math.floorMod(m.getMonthValue() - theme.fiscalYearStart(), 3) == 0;
            c.line(x0, quarter ? headerTop : top - 16, x0, bottom, quarter ? Theme.AXIS : Theme.GRID,
                    quarter ? 0.9f : 0.6f);

            if (monthWidth >= 9) {
                String month = Canvas.clean(theme.month(m));
                String shown = monthWidth >= Canvas.width(month, font) + 6 ? month
                        : month.substring(0, Math.min(1, month.length()));
                c.text(shown, font, Theme.MUTED, (x0 + x1) / 2, monthBaseline, Canvas.Align.CENTER);
            }
        }
        paintQuarterLabels(c, quarterBaseline, left, right, Theme.INK);
        c.line(left, top, right, top, Theme.AXIS, 0.9f);
        c.line(right, headerTop, right, bottom, Theme.AXIS, 0.9f);
    }

    private void paintQuarterLabels(Canvas c, double baseline, double left, double right, Color color) {
        Font font = theme.bold(9f);
        for (LocalDate q = from; q.isBefore(to); q = q.plusMonths(3)) {
            double x0 = x(q, left, right);
            double room = x(q.plusMonths(3), left, right) - x0 - 8;
            String label = theme.fiscalQuarter(q);
            if (Canvas.width(label, font) > room) {
                // Narrow quarters keep "Q1" rather than an ellipsis; the year shows where it fits.
                label = label.substring(0, label.indexOf(' '));
            }
            c.label(label, font, color, x0 + 4, baseline, Canvas.Align.LEFT, room);
        }
    }

    private void paintItem(Canvas c, RoadmapItem item, double mid, double left, double right, Font font,
            Color background) {
        Initiative i = item.initiative();
        Color color = Theme.initiativeStatus(i.status());
        double x0 = x(i.start(), left, right);
        String status = Formats.word(i.status()) + (item.overdue() ? " · overdue" : "");
        LocalDate was = slipped(item, previousEnds);
        double textStart;
        double textEnd;
        if (i.milestone()) {
            double half = Math.min(6, rowHeight * 0.32);
            c.fill(Canvas.diamond(x0, mid, half), color);
            c.stroke(Canvas.diamond(x0, mid, half), Theme.INK, 0.6f);
            textStart = x0 + half + 4;
            textEnd = x0 - half - 4;
            status = "Milestone " + theme.date(i.start()) + " · " + status;
            if (was != null) {
                // A hollow dashed diamond where the milestone was.
                c.dashed(Canvas.diamond(x(was, left, right), mid, half), Theme.INK, 0.8f);
                textEnd = Math.min(textEnd, x(was, left, right) - half - 4);
            }
        } else if (item.isParent()) {
            // A summary bar: thin, with its ends pointing down at the children beneath it.
            double x1 = Math.max(x0 + 2, x(i.end().plusDays(1), left, right));
            double h = rowHeight * 0.3;
            double topY = mid - h / 2;
            c.fill(new Rectangle2D.Double(x0, topY, x1 - x0, h), Theme.tint(color, 0.5));
            if (i.progress() != null && i.progress() > 0) {
                double p = Math.min(1, i.progress());
                c.fill(new Rectangle2D.Double(x0, topY, (x1 - x0) * p, h), color);
                status += " · " + theme.formats().percent(p);
            }
            double tip = Math.min(5, rowHeight * 0.3);
            for (double edge : new double[] {x0, x1}) {
                Path2D.Double end = new Path2D.Double();
                end.moveTo(edge - tip * 0.8, topY);
                end.lineTo(edge + tip * 0.8, topY);
                end.lineTo(edge, topY + h + tip);
                end.closePath();
                c.fill(end, color);
            }
            status = "Summary · " + status;
            textStart = x1 + 9;
            textEnd = x0 - 9;
        } else {
            double x1 = Math.max(x0 + 2, x(i.end().plusDays(1), left, right));
            double h = rowHeight * 0.62;
            Rectangle2D bar = new Rectangle2D.Double(x0, mid - h / 2, x1 - x0, h);
            boolean done = i.status() == InitiativeStatus.DONE;
            c.fill(bar, done ? color : Theme.tint(color, 0.7));
            if (!done && i.progress() != null && i.progress() > 0) {
                double p = Math.min(1, i.progress());
                c.fill(new Rectangle2D.Double(x0, mid - h / 2, (x1 - x0) * p, h), color);
                status += " · " + theme.formats().percent(p);
            }
            c.stroke(bar, color, 0.8f);
            if (was != null) {
                // The previous end: a dashed line across the bar, a little taller than it.
                double xw = x(was.plusDays(1), left, right);
                c.dashed(new java.awt.geom.Line2D.Double(xw, mid - h / 2 - 3, xw, mid + h / 2 + 3), Theme.INK, 1.2f);
            }
            // Past the elbow of a dependency arrow leaving the bar's end.
            textStart = x1 + 9;
            textEnd = x0 - 9;
        }
        if (was != null) {
            status += " · was to end " + theme.date(was);
        }
        double needed = Canvas.width(status, font);
        boolean after;
        String shown;
        if (textStart + needed <= right - 2) {
            after = true;
            shown = status;
        } else if (textEnd - needed >= left + 2) {
            after = false;
            shown = status;
        } else {
            // No room on either side: say as much as fits on the wider side.
            after = right - 2 - textStart >= textEnd - left - 2;
            shown = Canvas.fit(status, font, after ? right - 2 - textStart : textEnd - left - 2);
        }
        double w = Canvas.width(shown, font);
        double x = after ? textStart : textEnd - w;
        // The row's own background under the words keeps arrows and grid lines from crossing them.
        c.fill(new Rectangle2D.Double(x - 2, mid - rowHeight / 2 + 2, w + 4, rowHeight - 4), background);
        c.text(shown, font, Theme.INK, x, mid + Canvas.ascent(font) / 2 - 1, Canvas.Align.LEFT);
    }

    private void paintDependencies(Canvas c, Map<String, Row> rowById, double top, double left, double right) {
        for (RoadmapItem item : items) {
            Row to = rowById.get(item.id());
            if (to == null || item.initiative().dependsOn() == null) {
                continue;
            }
            for (String dependency : item.initiative().dependsOn()) {
                Row fromRow = rowById.get(dependency);
                if (fromRow == null || fromRow == to) {
                    continue;
                }
                Initiative d = fromRow.item().initiative();
                double sx = d.milestone() ? x(d.start(), left, right) : x(d.end().plusDays(1), left, right);
                double sy = top + fromRow.y() + fromRow.height() / 2;
                double ex = x(item.initiative().start(), left, right);
                double ey = top + to.y() + to.height() / 2;
                boolean late = item.conflicts() != null && item.conflicts().contains(dependency);
                if (many() && !late) {
                    continue;
                }
                double elbow = Math.min(right - 1, sx + 5);
                Path2D.Double path = new Path2D.Double();
                path.moveTo(sx, sy);
                path.lineTo(elbow, sy);
                path.lineTo(elbow, ey);
                path.lineTo(ex - 1, ey);
                Color color = late ? Theme.RED : Theme.MUTED;
                c.stroke(path, color, late ? 1.2f : 0.8f);
                double dir = ex >= elbow ? 1 : -1;
                Path2D.Double head = new Path2D.Double();
                head.moveTo(ex - 1, ey);
                head.lineTo(ex - 1 - 5 * dir, ey - 3);
                head.lineTo(ex - 1 - 5 * dir, ey + 3);
                head.closePath();
                c.fill(head, color);
            }
        }
    }
}
