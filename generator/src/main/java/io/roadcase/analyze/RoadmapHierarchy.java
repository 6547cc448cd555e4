package io.roadcase.analyze;

import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Epics and their children (docs/figures.md, Roadmap): children take their parent's theme and team when
 * theirs are blank; a parent without dates spans its children; a parent's progress rolls up from its
 * children by effort, or by count. Unknown parents and cycles are the checker's errors: here such a link
 * is simply not followed.
 */
final class RoadmapHierarchy {

    private final Map<String, Initiative> byId = new HashMap<>();
    /** The parent each item's link leads to, where it is followed. */
    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, Integer> depth = new HashMap<>();
    private final Map<String, Initiative> resolved = new HashMap<>();
    private final Map<String, Double> childProgress = new HashMap<>();

    private RoadmapHierarchy(List<Initiative> initiatives) {
        initiatives.forEach(i -> byId.putIfAbsent(i.id(), i));
        Set<String> cut = cycles(initiatives);
        for (Initiative item : byId.values()) {
            String parent = item.parent();
            if (parent != null && byId.containsKey(parent) && !cut.contains(item.id())) {
                parentOf.put(item.id(), parent);
            }
        }
        Set<String> listed = new HashSet<>();
        for (Initiative item : initiatives) {
            String parent = parentOf.get(item.id());
            if (parent != null && listed.add(item.id())) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(item.id());
            }
        }
        for (Initiative item : byId.values()) {
            depthOf(item.id());
        }
        List<String> topDown = new ArrayList<>(byId.keySet());
        topDown.sort(Comparator.comparing(depth::get));
        for (String id : topDown) {
            resolved.put(id, inherit(byId.get(id)));
        }
        for (int k = topDown.size() - 1; k >= 0; k--) {
            String id = topDown.get(k);
            if (children.containsKey(id)) {
                resolved.put(id, span(resolved.get(id)));
            }
        }
    }

    static RoadmapHierarchy of(List<Initiative> initiatives) {
        return new RoadmapHierarchy(initiatives);
    }

    /** The item with what it takes from its parent and children; a duplicate id's later rows stay as read. */
    Initiative resolved(Initiative item) {
        return byId.get(item.id()) == item ? resolved.get(item.id()) : item;
    }

    List<String> children(String id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    Double childProgress(String id) {
        return childProgress.get(id);
    }

    int depth(String id) {
        return depth.getOrDefault(id, 0);
    }

    /** The ids on a parent cycle: their parent links are not followed. */
    private Set<String> cycles(List<Initiative> initiatives) {
        Set<String> cut = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (Initiative start : initiatives) {
            Set<String> path = new LinkedHashSet<>();
            String id = start.id();
            while (id != null && byId.containsKey(id) && !done.contains(id) && path.add(id)) {
                id = byId.get(id).parent();
            }
            if (id != null && path.contains(id)) {
                boolean on = false;
                for (String member : path) {
                    on |= member.equals(id);
                    if (on) {
                        cut.add(member);
                    }
                }
            }
            done.addAll(path);
        }
        return cut;
    }

    /** Walks up to the first item whose depth is known, then counts back down: no recursion, no repeats. */
    private int depthOf(String id) {
        List<String> path = new ArrayList<>();
        String at = id;
        while (at != null && !depth.containsKey(at)) {
            path.add(at);
            at = parentOf.get(at);
        }
        int d = at == null ? -1 : depth.get(at);
        for (int k = path.size() - 1; k >= 0; k--) {
            depth.put(path.get(k), ++d);
        }
        return depth.get(id);
    }

    private Initiative inherit(Initiative item) {
        String parentId = parentOf.get(item.id());
        if (parentId == null) {
            return item;
        }
        Initiative parent = resolved.get(parentId);
        boolean theme = Initiative.NO_THEME.equals(item.theme()) && !Initiative.NO_THEME.equals(parent.theme());
        boolean team = item.team() == null && parent.team() != null;
        if (!theme && !team) {
            return item;
        }
        return copy(item, theme ? parent.theme() : item.theme(), team ? parent.team() : item.team(), item.start(),
                item.end(), item.progress());
    }

    /** Missing dates from the children's; a blank progress from theirs. */
    private Initiative span(Initiative parent) {
        List<Initiative> kids = children.get(parent.id()).stream().map(resolved::get).toList();
        LocalDate start = parent.start();
        LocalDate end = parent.end();
        if (!parent.milestone()) {
            for (Initiative kid : kids) {
                if (parent.start() == null && kid.start() != null && (start == null || kid.start().isBefore(start))) {
                    start = kid.start();
                }
                if (parent.end() == null && kid.end() != null && (end == null || kid.end().isAfter(end))) {
                    end = kid.end();
                }
            }
        }
        Double rolled = rollUp(kids);
        childProgress.put(parent.id(), rolled);
        Double progress = parent.progress() != null ? parent.progress() : rolled;
        return copy(parent, parent.theme(), parent.team(), start, end, progress);
    }

    /**
     * Σ effort × progress ÷ Σ effort over the children that are not cancelled, when each has an effort
     * above 0; otherwise their plain mean. A child's progress: its own (or rolled-up) progress, else 1 when
     * done and 0 when not.
     */
    static Double rollUp(List<Initiative> kids) {
        List<Initiative> counted = kids.stream().filter(k -> k.status() != InitiativeStatus.CANCELLED).toList();
        if (counted.isEmpty()) {
            return null;
        }
        boolean byEffort = counted.stream().allMatch(k -> k.effort() != null && k.effort() > 0);
        double sum = 0;
        double weights = 0;
        for (Initiative kid : counted) {
            double progress = kid.progress() != null ? Math.max(0, Math.min(1, kid.progress()))
                    : kid.status() == InitiativeStatus.DONE ? 1 : 0;
            double weight = byEffort ? kid.effort() : 1;
            sum += weight * progress;
            weights += weight;
        }
        return sum / weights;
    }

    private static Initiative copy(Initiative i, String theme, String team, LocalDate start, LocalDate end,
            Double progress) {
        return new Initiative(i.id(), i.title(), theme, team, i.owner(), i.status(), start, end, i.milestone(),
                i.horizon(), progress, i.confidence(), i.reach(), i.impact(), i.effort(), i.businessValue(),
                i.timeCriticality(), i.riskReduction(), i.jobSize(), i.dependsOn(), i.kpis(), i.fundingCase(),
                i.description(), i.link(), i.extra(), i.origin(), i.parent(), i.objective());
    }
}
