package io.roadcase.pdf;

import com.lowagie.text.Image;
import io.roadcase.chart.Chart;
import io.roadcase.chart.ChartNames;
import io.roadcase.look.Formats;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.FundingCase;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.ObjectiveFigures;
import io.roadcase.model.ObjectiveTree;
import io.roadcase.model.PortfolioSummary.AskTotal;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.model.RoadmapItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The portfolio brief: KPI scorecard, roadmap, every funding case in one table, and the data problems. */
final class PortfolioBrief {

    private final BriefDocument doc;
    private final Report report;
    private final Map<String, Chart> charts;
    private final Formats f;

    PortfolioBrief(BriefDocument doc, Report report, Map<String, Chart> charts) {
        this.doc = doc;
        this.report = report;
        this.charts = charts;
        this.f = doc.formats;
    }

    void write(Image logo) {
        List<Cover.Fact> facts = new ArrayList<>();
        facts.add(new Cover.Fact("Organisation", CaseBrief.orNone(report.settings().organization())));
        facts.add(new Cover.Fact("Initiatives", String.valueOf(report.initiatives().size())));
        facts.add(new Cover.Fact("KPIs", String.valueOf(report.kpis().size())));
        facts.add(new Cover.Fact("Funding cases", String.valueOf(report.fundingCases().size())));
        totalAsk().forEach((currency, ask) -> facts.add(new Cover.Fact("Total ask (" + currency + ")",
                f.money(ask, currency))));
        facts.add(new Cover.Fact("Report date", f.longDate(report.reportDate())));
        facts.add(new Cover.Fact("Confidentiality", CaseBrief.orNone(report.settings().confidentiality())));
        Cover.add(doc, logo, "PORTFOLIO BRIEF", report.settings().title(), null, facts);

        ChangesSection.add(doc, report, report.changes().shown(), true);
        scorecard();
        objectives();
        roadmap();
        cases();
        UserChartSection.add(doc, report, charts, "portfolio");
        problems();
    }

    private void scorecard() {
        doc.section("KPI scorecard");
        if (report.kpis().isEmpty()) {
            doc.paragraph("No KPIs in the data.", Typesetter.BODY.withColor(BriefTheme.MUTED));
            return;
        }
        KpiScorecard.add(doc, report, report.kpis().stream().map(KpiFigures::id).toList(), charts);
        chart(ChartNames.PORTFOLIO_KPI_STATUS, 200);
    }

    /** Only when the data has objectives: each with its figures, parents above children, then the key results. */
    private void objectives() {
        if (report.objectives().isEmpty()) {
            return;
        }
        doc.section("Objectives", false);
        List<ObjectiveFigures> ordered = ObjectiveTree.parentsFirst(report);
        TableBuilder t = new TableBuilder(doc, 3, 1, 1.1f, 1.1f, 1.1f, 1)
                .numeric(3, 4, 5).header("Objective", "Period", "Status", "Key results", "Initiatives done", "Time");
        for (ObjectiveFigures o : ordered) {
            // Children are indented under their parent, as on the strategy page.
            t.row("   ".repeat(Math.min(o.depth(), 3)) + o.objective().title(),
                    CaseBrief.orNone(o.objective().period()), o.status() == null ? Formats.NONE : Words.of(o.status()),
                    f.percent(o.overallKeyResultProgress()), f.percent(o.overallInitiativesDone()),
                    f.percent(o.timeElapsed()));
        }
        t.addTo();
        doc.paragraph("Key results and initiatives done count the objective and every objective below it"
                + " (docs/figures.md, Objectives).", Typesetter.BODY.withColor(BriefTheme.MUTED));
        doc.subsection("Key results");
        TableBuilder k = new TableBuilder(doc, 2.2f, 2.2f, 1.1f, 1.1f, 1, 1).numeric(2, 3, 5)
                .header("Objective", "Key result", "Latest", "Target", "Status", "Progress");
        boolean any = false;
        for (ObjectiveFigures o : ordered) {
            for (ObjectiveFigures.KeyResult r : o.keyResults()) {
                KpiFigures kpi = report.kpi(r.kpi());
                if (kpi != null) {
                    any = true;
                    k.row(o.objective().title(), kpi.kpi().name(),
                            kpi.latest() == null ? Formats.NONE : f.kpiValue(kpi.kpi(), kpi.latest().value()),
                            f.kpiValue(kpi.kpi(), kpi.target()), Words.kpiStatus(kpi.status()), f.percent(r.progress()));
                }
            }
        }
        if (any) {
            k.addTo();
        } else {
            doc.paragraph("No objective has key results yet.", Typesetter.BODY.withColor(BriefTheme.MUTED));
        }
    }

    private void roadmap() {
        doc.section("Roadmap", false);
        chart(ChartNames.ROADMAP_TIMELINE, 330);
        if (report.initiatives().isEmpty()) {
            doc.paragraph("No initiatives in the data.", Typesetter.BODY.withColor(BriefTheme.MUTED));
            return;
        }
        doc.subsection("Initiatives");
        TableBuilder t = new TableBuilder(doc, 0.8f, 2.6f, 1.1f, 1, 0.8f, 1.25f, 1.25f)
                .header("Id", "Initiative", "BriefTheme", "Status", "Horizon", "Start", "End")
                .more("initiatives: see the roadmap page on the site");
        for (RoadmapItem item : report.initiatives()) {
            var i = item.initiative();
            t.row(i.id(), i.title() + (item.overdue() ? " (overdue)" : ""), CaseBrief.orNone(i.theme()),
                    Words.of(i.status()), item.horizon() == null ? Formats.NONE : Words.of(item.horizon()),
                    f.date(i.start()), f.date(i.end()));
        }
        t.addTo();
    }

    private void cases() {
        doc.section("Funding cases");
        if (report.fundingCases().isEmpty()) {
            doc.paragraph("No funding cases in the data.", Typesetter.BODY.withColor(BriefTheme.MUTED));
            return;
        }
        TableBuilder t = new TableBuilder(doc, 2.8f, 1.1f, 1.5f, 1.5f, 0.9f, 1).numeric(2, 3, 4, 5)
                .header("Case", "Status", "Ask", "NPV", "IRR", "Payback")
                .more("funding cases: see the funding page on the site; the totals below count every case");
        for (CaseFigures c : report.fundingCases()) {
            FundingCase fc = c.fundingCase();
            Double ask = c.ask() != null ? c.ask() : fc.ask();
            t.row(fc.title(), Words.of(fc.status()), f.money(ask, fc.currency()), f.money(c.npv(), fc.currency()),
                    f.percent(c.irr()), f.years(c.paybackYears()));
        }
        t.addTo();

        doc.subsection("Total ask");
        TableBuilder totals = new TableBuilder(doc, 2, 1.2f, 0.8f, 1.6f).numeric(2, 3)
                .header("Status", "Currency", "Cases", "Ask");
        for (AskTotal a : report.summary().askByStatus()) {
            totals.row(Words.of(a.status()), a.currency(), String.valueOf(a.cases()), f.money(a.ask(), a.currency()));
        }
        totalAsk().forEach((currency, ask) -> totals.total("All cases", currency, "", f.money(ask, currency)));
        totals.addTo();
        chart(ChartNames.PORTFOLIO_NPV_ASK, 260);
    }

    private void problems() {
        doc.section("Problems for data owners", false);
        List<Problem> problems = report.problems();
        if (problems.isEmpty()) {
            doc.paragraph("No problems found in the data.", Typesetter.BODY.withColor(BriefTheme.MUTED));
            return;
        }
        doc.paragraph(problems.size() + " finding" + (problems.size() == 1 ? "" : "s")
                + " to fix in the spreadsheets, by place.", Typesetter.BODY);
        TableBuilder t = new TableBuilder(doc, 0.9f, 3, 4).header("Level", "Where", "What")
                .more("problems: see the output of roadcase validate, or data.json");
        for (Problem p : problems) {
            t.row(Words.capitalize(p.level().word()), p.place() == null ? "(whole data set)" : p.place().toString(),
                    p.message() + (p.other() == null ? "" : " (also at " + p.other() + ")"));
        }
        t.addTo();
    }

    /** Total ask per currency, from the summary's totals by status. */
    private Map<String, Double> totalAsk() {
        Map<String, Double> total = new TreeMap<>();
        for (AskTotal a : report.summary().askByStatus()) {
            total.merge(a.currency(), a.ask(), Double::sum);
        }
        return total;
    }

    private void chart(String name, float maxHeight) {
        Chart chart = charts.get(name);
        if (chart != null) {
            doc.keepRoom(Math.min(maxHeight, 160));
            doc.figure(chart, maxHeight);
        }
    }
}
