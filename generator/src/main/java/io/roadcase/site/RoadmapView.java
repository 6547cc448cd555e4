package io.roadcase.site;

import io.roadcase.model.Horizon;
import io.roadcase.model.Report;
import io.roadcase.model.RoadmapItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the roadmap page shows, grouped and ranked in Java so the template only displays it.
 *
 * @param board     Now, Next and Later with their items in priority order
 * @param closed    done and cancelled items (they have no horizon)
 * @param ranking   every item in priority order with its rank by RICE and by WSJF
 * @param byTheme   items per theme, themes in first-appearance order
 * @param byTeam    items per team, teams in first-appearance order
 * @param dated     items with a start or an end, for the timeline's table
 * @param overdue   items past their end and not done
 * @param conflicts dependencies that end after their dependent starts
 */
public record RoadmapView(
        List<Column> board,
        List<RoadmapItem> closed,
        List<Ranked> ranking,
        List<Group> byTheme,
        List<Group> byTeam,
        List<RoadmapItem> dated,
        List<RoadmapItem> overdue,
        List<Conflict> conflicts) {

    /** Theme shown for an item without one. */
    static final String NO_THEME = "Other";
    /** Team shown for an item without one. */
    static final String NO_TEAM = "No team";

    /** One column of the board. */
    public record Column(Horizon horizon, List<RoadmapItem> items) {
    }

    /** An item with its place in the ranking; a rank is null when the item has no such score. */
    public record Ranked(int rank, RoadmapItem item, Integer riceRank, Integer wsjfRank) {
    }

    /** Items sharing a theme or a team. */
    public record Group(String name, List<RoadmapItem> items) {
    }

    /** A dependency that ends after the item that needs it starts. */
    public record Conflict(RoadmapItem item, RoadmapItem dependency) {
    }

    static RoadmapView of(Report report) {
        List<RoadmapItem> items = report.initiatives();
        List<RoadmapItem> ranked = Priority.ranked(items);

        List<Column> board = new ArrayList<>();
        for (Horizon h : Horizon.values()) {
            board.add(new Column(h, ranked.stream().filter(i -> i.horizon() == h).toList()));
        }
        List<RoadmapItem> closed = items.stream().filter(i -> i.horizon() == null).toList();

        Map<String, Integer> riceRanks = ranks(items, RoadmapItem::rice);
        Map<String, Integer> wsjfRanks = ranks(items, RoadmapItem::wsjf);
        List<Ranked> ranking = new ArrayList<>();
        for (RoadmapItem i : ranked) {
            ranking.add(new Ranked(ranking.size() + 1, i, riceRanks.get(i.id()), wsjfRanks.get(i.id())));
        }

        List<Conflict> conflicts = new ArrayList<>();
        for (RoadmapItem i : items) {
            for (String dependency : i.conflicts()) {
                RoadmapItem d = report.initiative(dependency);
                if (d != null) {
                    conflicts.add(new Conflict(i, d));
                }
            }
        }
        return new RoadmapView(board, closed, ranking,
                groups(items, i -> blankTo(i.initiative().theme(), NO_THEME)),
                groups(items, i -> blankTo(i.initiative().team(), NO_TEAM)),
                items.stream().filter(i -> i.initiative().start() != null || i.initiative().end() != null).toList(),
                items.stream().filter(RoadmapItem::overdue).toList(),
                conflicts);
    }

    /** Competition ranking (1, 2, 2, 4) by a score, highest first; items without the score get none. */
    private static Map<String, Integer> ranks(List<RoadmapItem> items, Function<RoadmapItem, Double> score) {
        List<RoadmapItem> scored = items.stream().filter(i -> score.apply(i) != null)
                .sorted(Comparator.comparing(score, Comparator.reverseOrder())).toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int n = 0; n < scored.size(); n++) {
            boolean tie = n > 0 && score.apply(scored.get(n)).equals(score.apply(scored.get(n - 1)));
            ranks.put(scored.get(n).id(), tie ? ranks.get(scored.get(n - 1).id()) : n + 1);
        }
        return ranks;
    }

    private static List<Group> groups(List<RoadmapItem> items, Function<RoadmapItem, String> key) {
        Map<String, List<RoadmapItem>> groups = new LinkedHashMap<>();
        for (RoadmapItem i : items) {
            groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i);
        }
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    static String blankTo(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
