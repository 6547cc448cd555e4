package io.roadcase.changes;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.Initiative;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Report;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RoadmapItem;
import io.roadcase.model.Stakeholder;
import io.roadcase.model.Word;
import java.time.LocalDate;
import java.util.List;

/**
 * The part of a report that changes are looked for in, in {@code data.json}'s own terms (words as
 * their canonical text, ask as the effective ask): read from a previous {@code data.json} by
 * {@link BaselineReader}, or taken from this run's analysed report by {@link #of(Report)}.
 */
public record Snapshot(
        LocalDate reportDate,
        String title,
        List<Item> initiatives,
        List<Metric> kpis,
        List<Case> fundingCases,
        List<RiskEntry> risks,
        List<String> stakeholders) {

    public Snapshot {
        initiatives = List.copyOf(initiatives);
        kpis = List.copyOf(kpis);
        fundingCases = List.copyOf(fundingCases);
        risks = List.copyOf(risks);
        stakeholders = List.copyOf(stakeholders);
    }

    /** An initiative. */
    public record Item(String id, String title, String status, LocalDate start, LocalDate end, String horizon,
            Double progress, Double confidence, List<String> dependsOn, String fundingCase) {

        public Item {
            dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        }
    }

    /** A KPI: its status against target and its latest value. */
    public record Metric(String id, String name, String status, Double latest, LocalDate latestDate, Double target,
            LocalDate targetDate) {
    }

    /** A funding case and its key figures. */
    public record Case(String id, String title, String status, String currency, Double ask, Double npv, Double irr,
            Double paybackYears, LocalDate decisionBy) {
    }

    /** A risk, identified by its text and what it is about (risks have no id column). */
    public record RiskEntry(String risk, String caseId, String initiative, Integer score, String rating,
            String status) {

        /** What identifies the risk from one report to the next. */
        String key() {
            return (caseId == null ? "" : caseId) + "\u0000" + (initiative == null ? "" : initiative) + "\u0000" + risk;
        }
    }

    /** This run's report, as a baseline would have recorded it. */
    public static Snapshot of(Report report) {
        List<Item> items = report.initiatives().stream().map(Snapshot::item).toList();
        List<Metric> kpis = report.kpis().stream().map(Snapshot::metric).toList();
        List<Case> cases = report.fundingCases().stream().map(Snapshot::fundingCase).toList();
        List<RiskEntry> risks = report.risks().stream().map(Snapshot::risk).toList();
        List<String> people = report.stakeholders().stream().map(Stakeholder::name).toList();
        return new Snapshot(report.reportDate(), report.settings().title(), items, kpis, cases, risks, people);
    }

    private static Item item(RoadmapItem item) {
        Initiative i = item.initiative();
        return new Item(i.id(), i.title(), word(i.status()), i.start(), i.end(), word(item.horizon()), i.progress(),
                i.confidence(), i.dependsOn(), i.fundingCase());
    }

    private static Metric metric(KpiFigures k) {
        return new Metric(k.id(), k.kpi().name(), word(k.status()), k.latest() == null ? null : k.latest().value(),
                k.latest() == null ? null : k.latest().date(), k.target(), k.kpi().targetDate());
    }

    private static Case fundingCase(CaseFigures c) {
        var fc = c.fundingCase();
        return new Case(fc.id(), fc.title(), word(fc.status()), fc.currency(), c.ask(), c.npv(), c.irr(),
                c.paybackYears(), fc.decisionBy());
    }

    private static RiskEntry risk(RiskFigures r) {
        return new RiskEntry(r.risk().risk(), r.risk().caseId(), r.risk().initiative(), r.score(), word(r.rating()),
                word(r.risk().status()));
    }

    private static String word(Word w) {
        return w == null ? null : w.word();
    }
}
