package io.roadcase.read.export;

import io.roadcase.read.Column;
import io.roadcase.read.RoadmapTable;
import io.roadcase.source.Cell;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the rows of a recognised tool export into roadmap rows, the same way for every tool: the latest
 * row of each key when the export is a status history, only the issue types that belong on a roadmap,
 * repeated columns joined, dates as days, the theme from the parent, progress from the sub-items, and
 * dependencies only between items on the roadmap. It says what it did in one message.
 */
public final class RoadmapItems {

    /** Where a value that no column holds (progress from sub-items) is placed: after the last column. */
    public static final String DERIVED_PROGRESS = "progress (from sub-items)";

    private static final Pattern FRACTION = Pattern.compile("(\\d+)\\s*(?:/|of)\\s*(\\d+)");
    private static final Pattern EMAIL = Pattern.compile("\\s*<[^<>@\\s]+@[^<>\\s]+>");

    /**
     * One roadmap row: the value of each roadmap column with the column it came from, and the export's
     * other columns as extra fields.
     */
    public record Item(int row, Map<Column, ExportRow.Value> columns, Map<Integer, String> headers,
            List<Extra> extras) {
    }

    /** An extra field: its column, its header as written and its text (repeated columns joined). */
    public record Extra(int column, String header, String text) {
    }

    /** The roadmap rows, and what happened in one message (a warning when no row is a roadmap item). */
    public record Outcome(List<Item> items, boolean warning, String message) {
    }

    private final ToolExport preset;
    private final ExportHeader header;
    private final List<String> issueTypes;
    private final Map<String, ExportRow> byRef = new HashMap<>();
    private final Map<ExportRow, List<ExportRow>> children = new HashMap<>();
    private final Map<ExportRow, String> keys = new HashMap<>();

    /** How numeric dates such as {@code 5/1/2026} of this export are read; null leaves them to {@code date_format}. */
    private ExportDates.Order order;

    private RoadmapItems(ToolExport preset, ExportHeader header, List<String> issueTypes) {
        this.preset = preset;
        this.header = header;
        this.issueTypes = issueTypes;
    }

    /**
     * Reads an export's rows as roadmap rows.
     *
     * @param issueTypes the setting {@code issue_types} (loosely matched type names, {@code *} for all),
     *                   or null for the default: epics and initiatives when the export has them, else
     *                   everything but sub-tasks
     * @param dateFormat whether the setting {@code date_format} is given: it then reads numeric dates such as
     *                   {@code 5/1/2026}; otherwise the export's own dates tell whether the day comes first
     *                   (a date such as {@code 25/1/2026} anywhere in it), else the month does (as tools write in English)
     */
    public static Outcome read(ToolExport preset, ExportHeader header, List<ExportRow> rows, List<String> issueTypes,
            boolean dateFormat) {
        RoadmapItems items = new RoadmapItems(preset, header, issueTypes);
        items.order = dateFormat ? null : ExportDates.order(rows.stream()
                .flatMap(row -> java.util.stream.Stream.of(row.first(Field.START), row.first(Field.END),
                        row.first(Field.UPDATED), row.first(Field.COMPLETED)))
                .filter(java.util.Objects::nonNull).map(ExportRow.Value::text).toList());
        return items.read(rows);
    }

    private Outcome read(List<ExportRow> all) {
        List<ExportRow> rows = latest(all);
        for (ExportRow row : rows) {
            remember(keys.get(row), row);
            remember(row.text(Field.ALT_KEY), row);
        }
        for (ExportRow row : rows) {
            remember(row.text(Field.TITLE), row);
        }
        for (ExportRow row : rows) {
            ExportRow parent = parent(row);
            if (parent != null && parent != row) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(row);
            }
        }
        Map<String, Integer> skipped = new LinkedHashMap<>();
        List<ExportRow> kept = new ArrayList<>();
        String rule = keep(rows, kept, skipped);
        Set<String> keptKeys = new LinkedHashSet<>();
        kept.forEach(row -> keptKeys.add(keys.get(row)));
        int[] droppedLinks = new int[1];
        List<Item> items = new ArrayList<>();
        for (ExportRow row : kept) {
            items.add(item(row, keptKeys, droppedLinks));
        }
        return new Outcome(List.copyOf(items), items.isEmpty() && !all.isEmpty(),
                message(all.size(), rows.size(), kept.size(), rule, skipped, droppedLinks[0]));
    }

    /** In a status history (a key on several rows), the latest row of each key, in first-seen order. */
    private List<ExportRow> latest(List<ExportRow> rows) {
        Map<String, ExportRow> byKey = new LinkedHashMap<>();
        List<ExportRow> latest = new ArrayList<>();
        for (ExportRow row : rows) {
            String key = preset.key(row);
            keys.put(row, key);
            if (key == null) {
                latest.add(row);
                continue;
            }
            ExportRow seen = byKey.get(key);
            if (seen == null) {
                byKey.put(key, row);
                latest.add(row);
            } else if (!isOlder(row, seen)) {
                latest.set(latest.indexOf(seen), row);
                byKey.put(key, row);
            }
        }
        return latest;
    }

    /** Whether a row was last updated before another; without times, the later row in the file is newer. */
    private boolean isOlder(ExportRow row, ExportRow than) {
        LocalDateTime time = updated(row);
        LocalDateTime other = updated(than);
        return time != null && other != null && time.isBefore(other);
    }

    private LocalDateTime updated(ExportRow row) {
        ExportRow.Value value = row.first(Field.UPDATED);
        if (value == null) {
            return null;
        }
        if (value.cell().kind() == Cell.Kind.DATE && value.cell().date() != null) {
            return value.cell().date();
        }
        return ExportDates.dateTime(value.text(), order);
    }

    private void remember(String ref, ExportRow row) {
        if (ref != null && !ref.isBlank()) {
            byRef.putIfAbsent(ref.strip(), row);
        }
    }

    /** The row a reference (key, id or title) names, or null. */
    private ExportRow find(String ref) {
        return ref == null ? null : byRef.get(preset.reference(ref.strip()));
    }

    /** The row's parent in the export (by its parent column, else its epic link), or null. */
    private ExportRow parent(ExportRow row) {
        ExportRow parent = find(row.text(Field.PARENT));
        return parent != null ? parent : find(row.text(Field.EPIC));
    }

    /** Chooses the roadmap rows; returns the rule in words for the message, and counts the skipped types. */
    private String keep(List<ExportRow> rows, List<ExportRow> kept, Map<String, Integer> skipped) {
        if (header.has(Field.TYPE)) {
            Set<String> wanted = issueTypes == null ? null
                    : issueTypes.stream().map(HeaderNames::key).collect(Collectors.toSet());
            boolean all = wanted != null && (wanted.contains("*") || wanted.contains("all"));
            boolean hasTop = rows.stream().anyMatch(row -> preset.isTopType(row.text(Field.TYPE)));
            for (ExportRow row : rows) {
                String type = row.text(Field.TYPE);
                boolean keep = all ? true
                        : wanted != null ? type != null && wanted.contains(HeaderNames.key(type))
                        : hasTop ? preset.isTopType(type)
                        : !preset.isSubTaskType(type);
                if (keep) {
                    kept.add(row);
                } else {
                    skipped.merge(type == null ? "(no type)" : type, 1, Integer::sum);
                }
            }
            if (wanted != null) {
                return all ? "every issue type (setting issue_types)" : "the issue types " + String.join(", ", issueTypes)
                        + " (setting issue_types)";
            }
            return hasTop ? "epics and initiatives, as the export has them"
                    : "every issue type but sub-tasks, as the export has no epics";
        }
        for (ExportRow row : rows) {
            if (preset.parentMeansSubItem() && row.text(Field.PARENT) != null) {
                skipped.merge("sub-items", 1, Integer::sum);
            } else {
                kept.add(row);
            }
        }
        return preset.parentMeansSubItem() ? "the items without a parent, as the export has no issue type"
                : "every row, as the export has no issue type";
    }

    private Item item(ExportRow row, Set<String> keptKeys, int[] droppedLinks) {
        Map<Column, ExportRow.Value> columns = new LinkedHashMap<>();
        Map<Integer, String> headers = new HashMap<>();
        List<Extra> extras = new ArrayList<>();
        String key = keys.get(row);
        ExportRow.Value keyCell = row.first(Field.KEY);
        if (key != null) {
            put(columns, RoadmapTable.ID, keyCell != null ? keyCell.as(key) : row.first(Field.TITLE).as(key));
        }
        put(columns, RoadmapTable.TITLE, preset.title(row));
        ExportRow.Value status = preset.status(row);
        if (status != null) {
            put(columns, RoadmapTable.STATUS, status);
            // The tool's own word stays visible beside the roadmap status it gave.
            ExportRow.Value category = row.first(Field.STATUS_CATEGORY);
            ExportRow.Value word = category != null && category.column() == status.column() ? row.first(Field.STATUS)
                    : new ExportRow.Value(status.column(), row.cell(status.column()));
            if (word != null && !word.cell().isBlank()
                    && !HeaderNames.key(word.text()).equals(HeaderNames.key(status.text()))) {
                extras.add(new Extra(word.column(), header.text(word.column()), word.text()));
            }
        }
        put(columns, RoadmapTable.START, day(row.first(Field.START)));
        put(columns, RoadmapTable.END, day(row.first(Field.END)));
        ExportRow.Value owner = row.joined(Field.OWNER, ", ");
        put(columns, RoadmapTable.OWNER, owner == null ? null : owner.as(EMAIL.matcher(owner.text()).replaceAll("")));
        ExportRow.Value team = row.first(Field.TEAM);
        put(columns, RoadmapTable.TEAM, team == null ? null : team.as(lastSegment(team.text())));
        put(columns, RoadmapTable.THEME, theme(row));
        put(columns, RoadmapTable.PARENT, parentOnRoadmap(row, keptKeys));
        put(columns, RoadmapTable.DEPENDS_ON, dependencies(row, keptKeys, droppedLinks));
        put(columns, RoadmapTable.DESCRIPTION, preset.description(row));
        ExportRow.Value progress = row.first(Field.PROGRESS);
        if (progress != null) {
            put(columns, RoadmapTable.PROGRESS, progress.as(fraction(progress.text())));
        } else {
            String derived = derivedProgress(row);
            if (derived != null) {
                int column = header.width();
                headers.put(column, DERIVED_PROGRESS);
                put(columns, RoadmapTable.PROGRESS, new ExportRow.Value(column, Cell.text(derived)));
            }
        }
        put(columns, RoadmapTable.LINK, row.first(Field.LINK));
        put(columns, RoadmapTable.BUSINESS_VALUE, row.first(Field.BUSINESS_VALUE));
        put(columns, RoadmapTable.TIME_CRITICALITY, row.first(Field.TIME_CRITICALITY));
        put(columns, RoadmapTable.JOB_SIZE, row.first(Field.JOB_SIZE));
        for (List<Integer> group : header.extras()) {
            ExportRow.Value value = row.joined(group, joiner(row, group));
            if (value != null && value.cell().kind() != Cell.Kind.ERROR) {
                extras.add(new Extra(group.get(0), header.text(group.get(0)), value.text()));
            }
        }
        extras.sort(java.util.Comparator.comparingInt(Extra::column));
        return new Item(row.number(), columns, headers, List.copyOf(extras));
    }

    private static void put(Map<Column, ExportRow.Value> columns, Column column, ExportRow.Value value) {
        if (value != null && !value.cell().isBlank()) {
            columns.put(column, value);
        }
    }

    /**
     * The parent's title (as the export writes it, or found by the parent's key), else the preset's theme,
     * else the parent's key as written.
     */
    private ExportRow.Value theme(ExportRow row) {
        ExportRow.Value parentTitle = row.first(Field.PARENT_TITLE);
        if (parentTitle != null) {
            return parentTitle;
        }
        for (Field field : List.of(Field.PARENT, Field.EPIC)) {
            ExportRow.Value ref = row.first(field);
            ExportRow parent = ref == null ? null : find(ref.text());
            if (parent != null && parent != row && parent.text(Field.TITLE) != null) {
                return ref.as(parent.text(Field.TITLE));
            }
        }
        ExportRow.Value own = preset.theme(row);
        if (own != null) {
            return own;
        }
        // A parent outside the export still groups its children: by its key (or name) as written.
        ExportRow.Value epic = row.first(Field.EPIC);
        return epic != null ? epic : row.first(Field.PARENT);
    }

    /**
     * The key of the row's parent (its parent column, else its epic link) when that parent is itself on the
     * roadmap, so an epic under an initiative rolls up into it; otherwise null and the parent only names the
     * theme ({@link #theme}), as before.
     */
    private ExportRow.Value parentOnRoadmap(ExportRow row, Set<String> keptKeys) {
        for (Field field : List.of(Field.PARENT, Field.EPIC)) {
            ExportRow.Value ref = row.first(field);
            ExportRow parent = ref == null ? null : find(ref.text());
            String key = parent == null || parent == row ? null : keys.get(parent);
            if (key != null && keptKeys.contains(key)) {
                return ref.as(key);
            }
        }
        return null;
    }

    /** The keys of the roadmap items this row depends on; links to rows not on the roadmap are counted and left out. */
    private ExportRow.Value dependencies(ExportRow row, Set<String> keptKeys, int[] dropped) {
        ExportRow.Value value = row.joined(Field.DEPENDS_ON, ", ");
        if (value == null) {
            return null;
        }
        List<String> on = new ArrayList<>();
        for (String ref : ExportRow.split(value.text())) {
            ExportRow target = find(ref);
            String key = target == null ? null : keys.get(target);
            if (key != null && keptKeys.contains(key) && !key.equals(keys.get(row))) {
                if (!on.contains(key)) {
                    on.add(key);
                }
            } else {
                dropped[0]++;
            }
        }
        return on.isEmpty() ? null : value.as(String.join(", ", on));
    }

    /** Done sub-items of all not cancelled, for an item that is not itself done or cancelled; else null. */
    private String derivedProgress(ExportRow row) {
        List<ExportRow> subItems = children.getOrDefault(row, List.of());
        String own = statusWord(row);
        if (subItems.isEmpty() || "done".equals(own) || "cancelled".equals(own)) {
            return null;
        }
        int done = 0;
        int counted = 0;
        for (ExportRow child : subItems) {
            String word = statusWord(child);
            if (!"cancelled".equals(word)) {
                counted++;
                done += "done".equals(word) ? 1 : 0;
            }
        }
        return counted == 0 ? null : String.format(Locale.ROOT, "%.1f%%", 100.0 * done / counted);
    }

    private String statusWord(ExportRow row) {
        ExportRow.Value status = preset.status(row);
        return status == null ? null : status.text();
    }

    private ExportRow.Value day(ExportRow.Value value) {
        return value == null ? null : new ExportRow.Value(value.column(), ExportDates.day(value.cell(), order));
    }

    /** {@code 3/5} or {@code 3 of 5} (done of all) as a percent; other texts as written. */
    static String fraction(String text) {
        Matcher m = FRACTION.matcher(text.strip());
        if (m.matches() && Integer.parseInt(m.group(2)) > 0) {
            return String.format(Locale.ROOT, "%.1f%%", 100.0 * Integer.parseInt(m.group(1)) / Integer.parseInt(m.group(2)));
        }
        return text;
    }

    /** The last part of a path such as Azure DevOps's area {@code Fabrikam\Payments\Mobile}. */
    private static String lastSegment(String path) {
        int cut = path.lastIndexOf('\\');
        return cut >= 0 && cut < path.length() - 1 ? path.substring(cut + 1).strip() : path;
    }

    /** Repeated cells joined by commas, or by lines when a cell has a comma or a line of its own (comments). */
    private static String joiner(ExportRow row, List<Integer> group) {
        for (int column : group) {
            String text = row.cell(column).text();
            if (text.indexOf(',') >= 0 || text.indexOf('\n') >= 0) {
                return "\n";
            }
        }
        return ", ";
    }

    private String message(int rows, int distinct, int kept, String rule, Map<String, Integer> skipped, int dropped) {
        String tool = preset.name();
        StringBuilder s = new StringBuilder("read as ").append("AEIOU".indexOf(tool.charAt(0)) >= 0 ? "an " : "a ")
                .append(tool).append(" export: ");
        String hint = header.has(Field.TYPE) && !skipped.isEmpty() && issueTypes == null
                ? "the setting issue_types chooses the types, e.g. " + String.join(", ", skipped.keySet()) + ", or * for all"
                : null;
        if (kept == 0 && rows > 0) {
            s.append("none of its ").append(rows).append(rows == 1 ? " row is" : " rows are")
                    .append(" a roadmap item: the roadmap takes ").append(rule).append(", and the export has ")
                    .append(counts(skipped));
            return hint == null ? s.toString() : s.append("; ").append(hint).toString();
        }
        s.append(kept).append(kept == 1 ? " roadmap item" : " roadmap items").append(" of ").append(rows)
                .append(rows == 1 ? " row" : " rows").append(", taking ").append(rule);
        if (distinct < rows) {
            s.append("; the rows hold ").append(distinct).append(" keys (a status history): the latest row of each is read");
        }
        if (!skipped.isEmpty()) {
            s.append("; skipped ").append(counts(skipped));
        }
        if (dropped > 0) {
            s.append("; ").append(dropped).append(dropped == 1 ? " dependency" : " dependencies")
                    .append(" on items not on the roadmap left out");
        }
        if (order == ExportDates.Order.MONTH_FIRST_ASSUMED) {
            s.append("; dates such as 5/1/2026 are read month first (set date_format to read them otherwise)");
        }
        return hint == null ? s.toString() : s.append(" (").append(hint).append(')').toString();
    }

    private static String counts(Map<String, Integer> byType) {
        return byType.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
    }
}
