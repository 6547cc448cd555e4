package io.roadcase.analyze;

import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Objective;
import io.roadcase.model.ObjectiveFigures;
import io.roadcase.model.ObjectiveFigures.KeyResult;
import io.roadcase.model.ObjectiveStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of objectives (docs/figures.md, Objectives): key-result progress, share of initiatives done,
 * status, time elapsed, and the same over each objective's descendants. Cycles and unknown ids are the
 * checker's problems; here they only stop a walk.
 */
final class ObjectiveAnalysis {

    private final Map<String, Objective> byId = new LinkedHashMap<>();
    private final Map<String, KpiFigures> kpis = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, List<String>> keyResults = new HashMap<>();
    private final Map<String, List<Initiative>> initiatives = new HashMap<>();

    private ObjectiveAnalysis(List<Objective> objectives, List<KpiFigures> kpiFigures, List<Initiative> roadmap) {
        objectives.forEach(o -> byId.putIfAbsent(o.id(), o));
        kpiFigures.forEach(k -> kpis.putIfAbsent(k.id(), k));
        for (Objective objective : byId.values()) {
            Set<String> ids = new LinkedHashSet<>();
            objective.keyResults().stream().filter(kpis::containsKey).forEach(ids::add);
            keyResults.put(objective.id(), new ArrayList<>(ids));
            if (objective.parent() != null && byId.containsKey(objective.parent())
                    && !objective.parent().equals(objective.id())) {
                children.computeIfAbsent(objective.parent(), p -> new ArrayList<>()).add(objective.id());
            }
        }
        for (KpiFigures kpi : kpiFigures) {
            List<String> ids = keyResults.get(kpi.kpi().objective());
            if (ids != null && !ids.contains(kpi.id())) {
                ids.add(kpi.id());
            }
        }
        Set<String> seen = new HashSet<>();
        for (Initiative item : roadmap) {
            if (item.objective() != null && byId.containsKey(item.objective()) && seen.add(item.id())) {
                initiatives.computeIfAbsent(item.objective(), o -> new ArrayList<>()).add(item);
            }
        }
    }

    /** Every objective with its figures, in table order (a duplicate id is analysed as its first row). */
    static List<ObjectiveFigures> analyze(List<Objective> objectives, List<KpiFigures> kpis,
            List<Initiative> initiatives, LocalDate reportDate) {
        if (objectives == null || objectives.isEmpty()) {
            return List.of();
        }
        ObjectiveAnalysis analysis = new ObjectiveAnalysis(objectives, kpis, initiatives);
        List<ObjectiveFigures> figures = new ArrayList<>();
        for (Objective objective : objectives) {
            figures.add(analysis.figures(analysis.byId.get(objective.id()), objective, reportDate));
        }
        return figures;
    }

    private ObjectiveFigures figures(Objective first, Objective objective, LocalDate reportDate) {
        String id = first.id();
        List<KeyResult> own = keyResults.get(id).stream().map(k -> keyResult(kpis.get(k))).toList();
        List<Initiative> serving = initiatives.getOrDefault(id, List.of());
        List<String> family = family(id);
        Set<String> allKeyResults = new LinkedHashSet<>();
        List<Initiative> allInitiatives = new ArrayList<>();
        for (String member : family) {
            allKeyResults.addAll(keyResults.get(member));
            allInitiatives.addAll(initiatives.getOrDefault(member, List.of()));
        }
        List<KeyResult> overall = allKeyResults.stream().map(k -> keyResult(kpis.get(k))).toList();
        ObjectiveStatus status = objective.status();
        boolean computed = status == null;
        if (computed) {
            status = status(allKeyResults.stream().map(k -> kpis.get(k).status()).toList());
        }
        return new ObjectiveFigures(objective, own, serving.stream().map(Initiative::id).toList(),
                List.copyOf(children.getOrDefault(id, List.of())), meanProgress(own), done(serving), status,
                computed && status != null, timeElapsed(objective, reportDate), meanProgress(overall),
                done(allInitiatives), depth(first));
    }

    /** The objective and every objective below it, each once (a cycle ends the walk). */
    private List<String> family(String id) {
        List<String> family = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(id));
        while (!next.isEmpty()) {
            String member = next.poll();
            if (seen.add(member)) {
                family.add(member);
                next.addAll(children.getOrDefault(member, List.of()));
            }
        }
        return family;
    }

    private int depth(Objective objective) {
        Set<String> seen = new HashSet<>(List.of(objective.id()));
        int depth = 0;
        Objective parent = objective.parent() == null ? null : byId.get(objective.parent());
        while (parent != null && seen.add(parent.id())) {
            depth++;
            parent = parent.parent() == null ? null : byId.get(parent.parent());
        }
        return depth;
    }

    /**
     * The baseline is the KPI's own, else its first observation; progress is clamped to 0–1 and empty without
     * a latest value or a target, or when the target equals the baseline.
     */
    static KeyResult keyResult(KpiFigures kpi) {
        Double baseline = kpi.kpi().baseline() != null ? kpi.kpi().baseline()
                : kpi.observations().isEmpty() ? null : kpi.observations().get(0).value();
        Double target = kpi.target();
        Double progress = null;
        if (kpi.latest() != null && baseline != null && target != null && !target.equals(baseline)) {
            Double raw = Finance.finite((kpi.latest().value() - baseline) / (target - baseline));
            progress = raw == null ? null : clamp(raw);
        }
        return new KeyResult(kpi.id(), baseline, progress);
    }

    private static Double meanProgress(List<KeyResult> keyResults) {
        double sum = 0;
        int n = 0;
        for (KeyResult keyResult : keyResults) {
            if (keyResult.progress() != null) {
                sum += keyResult.progress();
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    /** Done ÷ (serving − cancelled); empty when none is left to count. */
    private static Double done(List<Initiative> serving) {
        int counted = 0;
        int done = 0;
        Set<String> seen = new HashSet<>();
        for (Initiative item : serving) {
            if (item.status() != InitiativeStatus.CANCELLED && seen.add(item.id())) {
                counted++;
                done += item.status() == InitiativeStatus.DONE ? 1 : 0;
            }
        }
        return counted == 0 ? null : (double) done / counted;
    }

    /**
     * On track when every key result with a status is green; off track when half or more of them are red;
     * at risk otherwise. Key results without target or data have no say; with none left, no status.
     */
    static ObjectiveStatus status(List<KpiStatus> statuses) {
        int rated = 0;
        int green = 0;
        int red = 0;
        for (KpiStatus status : statuses) {
            if (status == KpiStatus.GREEN || status == KpiStatus.AMBER || status == KpiStatus.RED) {
                rated++;
                green += status == KpiStatus.GREEN ? 1 : 0;
                red += status == KpiStatus.RED ? 1 : 0;
            }
        }
        if (rated == 0) {
            return null;
        }
        if (green == rated) {
            return ObjectiveStatus.ON_TRACK;
        }
        return 2 * red >= rated ? ObjectiveStatus.OFF_TRACK : ObjectiveStatus.AT_RISK;
    }

    /** Days from the first day to the report date ÷ days in the period, clamped to 0–1. */
    static Double timeElapsed(Objective objective, LocalDate reportDate) {
        if (objective.start() == null || objective.end() == null || reportDate == null) {
            return null;
        }
        double total = ChronoUnit.DAYS.between(objective.start(), objective.end()) + 1;
        double elapsed = ChronoUnit.DAYS.between(objective.start(), reportDate);
        return clamp(elapsed / total);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
