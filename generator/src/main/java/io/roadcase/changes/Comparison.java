package io.roadcase.changes;

import io.roadcase.changes.Snapshot.Case;
import io.roadcase.changes.Snapshot.Item;
import io.roadcase.changes.Snapshot.Metric;
import io.roadcase.changes.Snapshot.RiskEntry;
import io.roadcase.model.Change;
import io.roadcase.model.Change.Entity;
import io.roadcase.model.Change.Kind;
import io.roadcase.model.Changes;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares this run's report with its baseline, thing by thing matched by id, and orders the changes
 * by what matters most. Ranks: 0 the end of work in progress (in progress, at risk, blocked)
 * slipped; 1 a KPI went off target (green to amber or red, amber to red); 2 an initiative turned at
 * risk, blocked or cancelled, or was dropped; 3 other slips; 4 funding decisions (case status,
 * decision date), serious risks getting worse or added, removed KPIs and cases; 5 figures (KPI values
 * and targets, case figures, risk scores); 6 everything else (added things, progress, horizons,
 * links, dates brought forward); 8 stakeholders. Ties keep the order of the kinds of thing, of the
 * things in the report (removed ones after), and of their fields. A pure function: the same two
 * snapshots give the same list.
 */
public final class Comparison {

    /** Statuses of initiatives that are being worked on: their slips come first. */
    private static final Set<String> ACTIVE = Set.of("in-progress", "at-risk", "blocked");
    /** Statuses an initiative turns to that a reader must see early. */
    private static final Set<String> TROUBLE = Set.of("at-risk", "blocked", "cancelled");
    /** How far off target a KPI status is; absent for statuses without a target or data. */
    private static final Map<String, Integer> OFF_TARGET = Map.of("green", 0, "amber", 1, "red", 2);
    private static final Set<String> SERIOUS_RISK = Set.of("high", "critical");

    private final Snapshot before;
    private final Snapshot now;
    private final List<Ranked> found = new ArrayList<>();

    /** A change with what orders it. */
    private record Ranked(Change change, int rank, int position, int sequence) {
    }

    private Comparison(Snapshot before, Snapshot now) {
        this.before = before;
        this.now = now;
    }

    /** Every change from {@code before} (the baseline) to {@code now}, most important first. */
    public static Changes compare(Snapshot before, Snapshot now) {
        Comparison c = new Comparison(before, now);
        c.initiatives();
        c.kpis();
        c.cases();
        c.risks();
        c.stakeholders();
        List<Change> ordered = c.found.stream()
                .sorted(Comparator.comparingInt(Ranked::rank)
                        .thenComparing(r -> r.change().entity())
                        .thenComparingInt(Ranked::position)
                        .thenComparingInt(Ranked::sequence))
                .map(Ranked::change).toList();
        return new Changes(before.reportDate(), before.title(), ordered);
    }

    private void initiatives() {
        Map<String, Item> old = byId(before.initiatives(), Item::id);
        Map<String, Item> current = byId(now.initiatives(), Item::id);
        int position = 0;
        for (Item i : current.values()) {
            Item was = old.get(i.id());
            String page = "initiatives/" + i.id() + ".html";
            Target t = new Target(Entity.INITIATIVE, i.id(), i.title(), page, i.fundingCase(), position++);
            if (was == null) {
                t.add(Kind.ADDED, null, null, i.title(), null, 6);
                continue;
            }
            if (!Objects.equals(was.status(), i.status())) {
                t.add(Kind.CHANGED, "status", was.status(), i.status(), null, TROUBLE.contains(i.status()) ? 2 : 6);
            }
            boolean active = ACTIVE.contains(i.status());
            t.date("start", was.start(), i.start(), 3);
            t.date("end", was.end(), i.end(), active ? 0 : 3);
            t.number("progress", was.progress(), i.progress(), 6);
            t.number("confidence", was.confidence(), i.confidence(), 6);
            t.value("horizon", was.horizon(), i.horizon(), 6);
            t.value("dependsOn", was.dependsOn(), i.dependsOn(), 6);
            t.value("fundingCase", was.fundingCase(), i.fundingCase(), 6);
        }
        for (Item was : old.values()) {
            if (!current.containsKey(was.id())) {
                new Target(Entity.INITIATIVE, was.id(), was.title(), null, was.fundingCase(), position++)
                        .add(Kind.REMOVED, null, was.title(), null, null, 2);
            }
        }
    }

    private void kpis() {
        Map<String, Metric> old = byId(before.kpis(), Metric::id);
        Map<String, Metric> current = byId(now.kpis(), Metric::id);
        int position = 0;
        for (Metric k : current.values()) {
            Metric was = old.get(k.id());
            Target t = new Target(Entity.KPI, k.id(), k.name(), "kpis/" + k.id() + ".html", null, position++);
            if (was == null) {
                t.add(Kind.ADDED, null, null, k.name(), null, 6);
                continue;
            }
            if (!Objects.equals(was.status(), k.status())) {
                t.add(Kind.CHANGED, "status", was.status(), k.status(), null, statusRank(was.status(), k.status()));
            }
            t.number("latest", was.latest(), k.latest(), 5);
            t.number("target", was.target(), k.target(), 5);
            t.date("targetDate", was.targetDate(), k.targetDate(), 5);
        }
        for (Metric was : old.values()) {
            if (!current.containsKey(was.id())) {
                new Target(Entity.KPI, was.id(), was.name(), null, null, position++)
                        .add(Kind.REMOVED, null, was.name(), null, null, 4);
            }
        }
    }

    /** A KPI going off target (green to amber or red, amber to red) comes right after slips. */
    private static int statusRank(String from, String to) {
        Integer a = OFF_TARGET.get(from);
        Integer b = OFF_TARGET.get(to);
        if (b != null && b > 0 && (a == null ? false : b > a)) {
            return 1;
        }
        return b != null && b > 0 ? 5 : 6;
    }

    private void cases() {
        Map<String, Case> old = byId(before.fundingCases(), Case::id);
        Map<String, Case> current = byId(now.fundingCases(), Case::id);
        int position = 0;
        for (Case c : current.values()) {
            Case was = old.get(c.id());
            Target t = new Target(Entity.FUNDING_CASE, c.id(), c.title(), "funding/" + c.id() + ".html", c.id(),
                    position++);
            if (was == null) {
                t.add(Kind.ADDED, null, null, c.title(), null, 6);
                continue;
            }
            t.value("status", was.status(), c.status(), 4);
            t.number("ask", was.ask(), c.ask(), 5);
            t.number("npv", was.npv(), c.npv(), 5);
            t.number("irr", was.irr(), c.irr(), 5);
            t.number("paybackYears", was.paybackYears(), c.paybackYears(), 5);
            t.date("decisionBy", was.decisionBy(), c.decisionBy(), 4);
        }
        for (Case was : old.values()) {
            if (!current.containsKey(was.id())) {
                new Target(Entity.FUNDING_CASE, was.id(), was.title(), null, was.id(), position++)
                        .add(Kind.REMOVED, null, was.title(), null, null, 4);
            }
        }
    }

    private void risks() {
        Map<String, RiskEntry> old = byId(before.risks(), RiskEntry::key);
        Map<String, RiskEntry> current = byId(now.risks(), RiskEntry::key);
        Map<String, Item> items = byId(now.initiatives(), Item::id);
        int position = 0;
        for (RiskEntry r : current.values()) {
            RiskEntry was = old.get(r.key());
            Target t = new Target(Entity.RISK, r.risk(), r.risk(), riskPage(r), riskCase(r, items), position++);
            boolean serious = SERIOUS_RISK.contains(r.rating());
            if (was == null) {
                t.add(Kind.ADDED, null, null, r.risk(), null, serious ? 4 : 6);
                continue;
            }
            boolean worse = r.score() != null && was.score() != null && r.score() > was.score();
            t.number("score", toDouble(was.score()), toDouble(r.score()), worse && serious ? 4 : 5);
            t.value("rating", was.rating(), r.rating(), worse && serious ? 4 : 5);
            t.value("status", was.status(), r.status(), 5);
        }
        Map<String, Item> oldItems = byId(before.initiatives(), Item::id);
        for (RiskEntry was : old.values()) {
            if (!current.containsKey(was.key())) {
                new Target(Entity.RISK, was.risk(), was.risk(), riskPage(was), riskCase(was, oldItems), position++)
                        .add(Kind.REMOVED, null, was.risk(), null, null, 6);
            }
        }
    }

    /** A risk shows on the page of its case or initiative, when that exists in this report. */
    private String riskPage(RiskEntry r) {
        if (r.caseId() != null && now.fundingCases().stream().anyMatch(c -> c.id().equals(r.caseId()))) {
            return "funding/" + r.caseId() + ".html";
        }
        if (r.initiative() != null && now.initiatives().stream().anyMatch(i -> i.id().equals(r.initiative()))) {
            return "initiatives/" + r.initiative() + ".html";
        }
        return null;
    }

    private static String riskCase(RiskEntry r, Map<String, Item> items) {
        if (r.caseId() != null) {
            return r.caseId();
        }
        Item i = r.initiative() == null ? null : items.get(r.initiative());
        return i == null ? null : i.fundingCase();
    }

    private void stakeholders() {
        List<String> old = before.stakeholders().stream().distinct().toList();
        List<String> current = now.stakeholders().stream().distinct().toList();
        int position = 0;
        for (String name : current) {
            if (!old.contains(name)) {
                new Target(Entity.STAKEHOLDER, name, name, null, null, position).add(Kind.ADDED, null, null, name,
                        null, 8);
            }
            position++;
        }
        for (String name : old) {
            if (!current.contains(name)) {
                new Target(Entity.STAKEHOLDER, name, name, null, null, position++).add(Kind.REMOVED, null, name, null,
                        null, 8);
            }
        }
    }

    /** The thing being compared: adds its changes with their rank. */
    private final class Target {
        private final Entity entity;
        private final String id;
        private final String name;
        private final String page;
        private final String caseId;
        private final int position;

        Target(Entity entity, String id, String name, String page, String caseId, int position) {
            this.entity = entity;
            this.id = id;
            this.name = name;
            this.page = page;
            this.caseId = caseId;
            this.position = position;
        }

        void add(Kind kind, String field, Object from, Object to, Double delta, int rank) {
            Change change = new Change(kind, entity, id, name, field, from, to, delta, page, caseId);
            found.add(new Ranked(change, rank, position, found.size()));
        }

        /** A date: later is a slip with the given rank; earlier is a plain change of low rank. */
        void date(String field, LocalDate from, LocalDate to, int slipRank) {
            if (Objects.equals(from, to)) {
                return;
            }
            if (from == null || to == null) {
                add(Kind.CHANGED, field, from, to, null, 6);
                return;
            }
            long days = ChronoUnit.DAYS.between(from, to);
            add(days > 0 ? Kind.SLIPPED : Kind.CHANGED, field, from, to, (double) days, days > 0 ? slipRank : 6);
        }

        void number(String field, Double from, Double to, int rank) {
            if (same(from, to)) {
                return;
            }
            add(Kind.CHANGED, field, from, to, from == null || to == null ? null : to - from, rank);
        }

        void value(String field, Object from, Object to, int rank) {
            if (!Objects.equals(from, to)) {
                add(Kind.CHANGED, field, from, to, null, rank);
            }
        }
    }

    /**
     * Equal numbers: data.json keeps full precision, so a figure read back equals the one written; the
     * relative tolerance only absorbs the last bit of a figure computed in another order.
     */
    static boolean same(Double a, Double b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return a.equals(b) || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static Double toDouble(Integer i) {
        return i == null ? null : i.doubleValue();
    }

    /** Things by id in their order; a repeated id keeps its first (the checks report duplicates). */
    private static <T> Map<String, T> byId(List<T> things, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T t : things) {
            String key = id.apply(t);
            if (key != null) {
                map.putIfAbsent(key, t);
            }
        }
        return map;
    }
}
