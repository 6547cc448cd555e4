package io.roadcase.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import io.roadcase.chart.Chart;
import io.roadcase.chart.ChartNames;
import io.roadcase.look.Formats;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.PeriodRow;
import io.roadcase.model.CaseFigures.ScenarioFigures;
import io.roadcase.model.CaseFigures.SensitivityLine;
import io.roadcase.model.CaseFigures.ShareAmount;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Report;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RoadmapItem;
import io.roadcase.model.ShownText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The business-case brief of one funding case: cover, summary, the case, financials, risks, delivery. */
final class CaseBrief {

    /** Periods per cash-flow table: wider tables would not fit the page in readable type. */
    private static final int PERIODS_PER_TABLE = 7;

    /** Periods the brief shows at most (six tables); a case with 3,000 dated flows made 430 tables. */
    static final int MOST_PERIODS = 42;

    /** Cost (or benefit) lines shown at most in a cash-flow table; the rest are summed in one line. */
    static final int MOST_LINES = 30;

    private final BriefDocument doc;
    private final Report report;
    private final CaseFigures figures;
    private final FundingCase fundingCase;
    private final Map<String, Chart> charts;
    private final Formats f;
    private final MarkdownBlocks markdown;

    CaseBrief(BriefDocument doc, Report report, CaseFigures figures, Map<String, Chart> charts) {
        this.doc = doc;
        this.report = report;
        this.figures = figures;
        this.fundingCase = figures.fundingCase();
        this.charts = charts;
        this.f = doc.formats;
        this.markdown = new MarkdownBlocks(doc.type, doc.theme.brand());
    }

    void write(Image logo) {
        cover(logo);
        executiveSummary();
        ChangesSection.add(doc, report, report.changes().ofCase(fundingCase.id()), false);
        theCase();
        financials();
        risks();
        delivery();
        UserChartSection.add(doc, report, charts, figures.id());
    }

    private boolean hasFigures() {
        return !figures.cashFlows().isEmpty() && figures.npv() != null;
    }

    private String money(Double amount) {
        return f.money(amount, fundingCase.currency());
    }

    private void cover(Image logo) {
        List<Cover.Fact> facts = new ArrayList<>();
        facts.add(new Cover.Fact("Ask", money(figures.ask() != null ? figures.ask() : fundingCase.ask())));
        facts.add(new Cover.Fact("Status", Words.of(fundingCase.status())));
        facts.add(new Cover.Fact("Decision by", f.longDate(fundingCase.decisionBy())));
        facts.add(new Cover.Fact("Sponsor", orNone(fundingCase.sponsor())));
        facts.add(new Cover.Fact("Owner", orNone(fundingCase.owner())));
        facts.add(new Cover.Fact("Organisation", orNone(report.settings().organization())));
        facts.add(new Cover.Fact("Report date", f.longDate(report.reportDate())));
        facts.add(new Cover.Fact("Confidentiality", orNone(report.settings().confidentiality())));
        Cover.add(doc, logo, "BUSINESS CASE", fundingCase.title(), null, facts);
    }

    private void executiveSummary() {
        doc.section("Executive summary");
        List<Element> summary = markdown.render(fundingCase.summary());
        if (summary.isEmpty()) {
            doc.paragraph("No summary given.", Typesetter.BODY.withColor(BriefTheme.MUTED));
        }
        summary.forEach(doc::add);
        doc.subsection("Key figures");
        if (!hasFigures()) {
            notAvailable();
            return;
        }
        TableBuilder t = new TableBuilder(doc, 1.5f, 1.1f, 4).numeric(1).header("Figure", "Value", "What it means");
        String rate = f.percent(fundingCase.discountRate());
        t.row(key("Net present value"), value(money(figures.npv())),
                meaning("Today's value of all future net cash, discounted at " + rate + " a year"));
        t.row(key("Internal rate of return"), value(f.percent(figures.irr())),
                meaning("The yearly return at which the net present value is zero"));
        t.row(key("Payback"), value(f.years(figures.paybackYears())),
                meaning("Time until the cumulative net cash turns positive"));
        t.row(key("Discounted payback"), value(f.years(figures.discountedPaybackYears())),
                meaning("Time until the discounted cumulative net cash turns positive"));
        t.row(key("Return on investment"), value(f.percent(figures.roi())),
                meaning("Total benefits minus total costs, as a share of total costs"));
        t.row(key("Benefit-cost ratio"), value(f.ratio(figures.bcr())),
                meaning("Present value of benefits for each unit of present value of costs"));
        t.row(key("Break-even benefit change"), value(f.percent(figures.breakEvenBenefitChange())),
                meaning("How far all benefits can change before the net present value reaches zero"));
        t.addTo();
    }

    private void theCase() {
        doc.section("The case", false);
        narrative("Problem", fundingCase.problem());
        narrative("Proposal", fundingCase.proposal());
        narrative("Alternatives", fundingCase.alternatives());
        if (!fundingCase.extra().isEmpty()) {
            doc.subsection("Other details");
            TableBuilder t = new TableBuilder(doc, 1, 2.5f);
            // Sorted: the map's own order is not stable from run to run.
            new TreeMap<>(fundingCase.extra()).forEach((k, v) -> t.row(k, v));
            t.addTo();
        }
    }

    private void narrative(String title, String text) {
        doc.subsection(title);
        List<Element> blocks = markdown.render(text);
        if (blocks.isEmpty()) {
            doc.paragraph("Not given.", Typesetter.BODY.withColor(BriefTheme.MUTED));
        }
        blocks.forEach(doc::add);
    }

    private void financials() {
        doc.section("Financials");
        if (!hasFigures()) {
            notAvailable();
            return;
        }
        doc.subsection("Cash flows");
        doc.paragraph("Amounts in " + ShownText.cut(fundingCase.currency(), ShownText.BRIEF_CELL) + "; discount rate "
                + f.percent(fundingCase.discountRate()) + " a year. Costs are shown as positive amounts.",
                Typesetter.BODY.withSize(BriefTheme.SMALL).withColor(BriefTheme.MUTED));
        List<PeriodRow> all = figures.periods();
        List<PeriodRow> periods = all.size() > MOST_PERIODS ? all.subList(0, MOST_PERIODS) : all;
        // Categories over the whole case, found once, so every table part lists the same lines.
        Set<String> costCategories = new LinkedHashSet<>();
        Set<String> benefitCategories = new LinkedHashSet<>();
        for (PeriodRow p : all) {
            costCategories.addAll(p.costs().keySet());
            benefitCategories.addAll(p.benefits().keySet());
        }
        for (int from = 0; from < periods.size(); from += PERIODS_PER_TABLE) {
            cashFlowTable(periods.subList(from, Math.min(periods.size(), from + PERIODS_PER_TABLE)),
                    List.copyOf(costCategories), List.copyOf(benefitCategories));
        }
        if (all.size() > periods.size()) {
            doc.paragraph(String.format(Locale.ROOT, "The brief shows the first %,d of %,d periods; the case page on the"
                    + " site shows more, and data.json has every one.", periods.size(), all.size()),
                    Typesetter.BODY.withSize(BriefTheme.SMALL).withColor(BriefTheme.MUTED));
        }
        chart(ChartNames.caseCumulative(fundingCase.id()), 230);

        doc.subsection("Scenarios");
        TableBuilder s = new TableBuilder(doc, 2, 1, 1, 1, 1.4f, 1, 1).numeric(1, 2, 3, 4, 5, 6)
                .header("Scenario", "Costs", "Benefits", "Delay", "NPV", "IRR", "Payback");
        for (ScenarioFigures sc : figures.scenarios()) {
            int delay = sc.benefitDelay();
            s.row(sc.name(), f.factor(sc.costFactor()), f.factor(sc.benefitFactor()),
                    delay == 0 ? Formats.NONE : delay + (delay == 1 ? " period" : " periods"), money(sc.npv()),
                    f.percent(sc.irr()), f.years(sc.paybackYears()));
        }
        s.addTo();
        chart(ChartNames.caseScenarios(fundingCase.id()), 220);

        doc.subsection("Sensitivity");
        List<SensitivityLine> lines = figures.sensitivity();
        if (lines.isEmpty()) {
            doc.paragraph("No sensitivity figures.", Typesetter.BODY.withColor(BriefTheme.MUTED));
        } else {
            SensitivityLine top = lines.get(0);
            String s20 = f.percent(report.settings().sensitivity());
            doc.paragraph("The net present value swings most with " + ShownText.cut(top.category(), ShownText.BRIEF_CELL)
                    + " (" + top.type().word()
                    + "): moving it by ±" + s20 + " gives " + money(Math.min(top.npvLow(), top.npvHigh())) + " to "
                    + money(Math.max(top.npvLow(), top.npvHigh())) + ", a swing of " + money(top.swing()) + ".",
                    Typesetter.BODY);
            TableBuilder t = new TableBuilder(doc, 2.4f, 1, 1.3f, 1.3f, 1.3f).numeric(2, 3, 4)
                    .header("Line", "Type", "NPV at −" + s20, "NPV at +" + s20, "Swing")
                    .more("lines: see the case page on the site");
            for (SensitivityLine l : lines) {
                t.row(l.category(), Words.of(l.type()), money(l.npvLow()), money(l.npvHigh()), money(l.swing()));
            }
            t.addTo();
            chart(ChartNames.caseTornado(fundingCase.id()), 220);
        }

        doc.subsection("Cost sharing");
        if (figures.costSharing().isEmpty()) {
            doc.paragraph("No cost sharing given: the sponsor's organisation carries the whole ask.",
                    Typesetter.BODY.withColor(BriefTheme.MUTED));
        } else {
            TableBuilder t = new TableBuilder(doc, 3, 1, 1.5f).numeric(1, 2).header("Department", "Share", "Amount")
                    .more("departments: see the case page on the site");
            for (ShareAmount share : figures.costSharing()) {
                t.row(share.department(), f.percent(share.share()), money(share.amount()));
            }
            t.addTo();
        }
    }

    private void cashFlowTable(List<PeriodRow> periods, List<String> costCategories, List<String> benefitCategories) {
        int n = periods.size();
        float[] widths = new float[n + 1];
        widths[0] = 2.6f;
        for (int i = 1; i <= n; i++) {
            widths[i] = 1;
        }
        int[] numeric = new int[n];
        for (int i = 0; i < n; i++) {
            numeric[i] = i + 1;
        }
        String[] header = new String[n + 1];
        header[0] = fundingCase.currency();
        for (int i = 0; i < n; i++) {
            header[i + 1] = periods.get(i).label();
        }
        TableBuilder t = new TableBuilder(doc, widths).numeric(numeric).header(header);
        categoryRows(t, "Cost: ", "cost", costCategories, periods, PeriodRow::costs);
        t.total(line("Total costs", periods, PeriodRow::totalCosts));
        categoryRows(t, "Benefit: ", "benefit", benefitCategories, periods, PeriodRow::benefits);
        t.total(line("Total benefits", periods, PeriodRow::totalBenefits));
        t.total(line("Net cash flow", periods, PeriodRow::net));
        String[] factor = new String[n + 1];
        factor[0] = "Discount factor";
        for (int i = 0; i < n; i++) {
            factor[i + 1] = f.discountFactor(periods.get(i).discountFactor());
        }
        t.muted(factor);
        t.row(line("Discounted net", periods, PeriodRow::discountedNet));
        t.row(line("Cumulative net", periods, PeriodRow::cumulative));
        t.total(line("Discounted cumulative", periods, PeriodRow::discountedCumulative));
        t.addTo();
    }

    /** A row per category, at most {@link #MOST_LINES}: the rest are summed in one "N other cost lines" row. */
    private void categoryRows(TableBuilder t, String prefix, String kind, List<String> categories,
            List<PeriodRow> periods, java.util.function.Function<PeriodRow, Map<String, Double>> amounts) {
        int named = categories.size() > MOST_LINES ? MOST_LINES - 1 : categories.size();
        for (String c : categories.subList(0, named)) {
            t.row(line(prefix + c, periods, p -> amounts.apply(p).get(c)));
        }
        if (named < categories.size()) {
            Set<String> shown = new HashSet<>(categories.subList(0, named));
            t.row(line(String.format(Locale.ROOT, "%,d other %s lines", categories.size() - named, kind), periods,
                    p -> {
                        double sum = 0;
                        for (Map.Entry<String, Double> e : amounts.apply(p).entrySet()) {
                            sum += shown.contains(e.getKey()) || e.getValue() == null ? 0 : e.getValue();
                        }
                        return sum;
                    }));
        }
    }

    private String[] line(String label, List<PeriodRow> periods, java.util.function.Function<PeriodRow, Double> value) {
        String[] cells = new String[periods.size() + 1];
        cells[0] = label;
        for (int i = 0; i < periods.size(); i++) {
            Double v = value.apply(periods.get(i));
            cells[i + 1] = v == null || v == 0 ? Formats.NONE : f.money(v);
        }
        return cells;
    }

    private void risks() {
        doc.section("Risks", false);
        List<RiskFigures> risks = figures.risks();
        if (risks.isEmpty()) {
            doc.paragraph("No risks recorded for this case.", Typesetter.BODY.withColor(BriefTheme.MUTED));
            return;
        }
        TableBuilder t = new TableBuilder(doc, 2.6f, 1.3f, 1, 0.8f, 0.9f, 2.4f, 1, 0.9f).numeric(1, 2, 3)
                .header("Risk", "Likelihood", "Impact", "Score", "Rating", "Mitigation", "Owner", "Status")
                .more("risks: see the case page on the site");
        Typesetter.Style small = Typesetter.BODY.withSize(BriefTheme.SMALL);
        for (RiskFigures r : risks) {
            Typesetter.Style ratingStyle = small.asBold().withColor(Words.riskColor(r.rating()));
            t.row(cell(r.risk().risk()), cell(String.valueOf(r.risk().likelihood())),
                    cell(String.valueOf(r.risk().impact())), cell(String.valueOf(r.score())),
                    doc.type.phrase(Words.of(r.rating()), ratingStyle), cell(orNone(r.risk().mitigation())),
                    cell(orNone(r.risk().owner())), cell(Words.of(r.risk().status())));
        }
        t.addTo();
        chart(ChartNames.caseRisks(fundingCase.id()), 240);
    }

    private void delivery() {
        doc.section("Delivery and KPIs", false);
        doc.subsection("Linked initiatives");
        if (figures.initiatives().isEmpty()) {
            doc.paragraph("No roadmap initiative names this case.", Typesetter.BODY.withColor(BriefTheme.MUTED));
        } else {
            TableBuilder t = new TableBuilder(doc, 0.9f, 3, 1.2f, 1.25f, 1.25f).header("Id", "Initiative", "Status",
                    "Start", "End").more("initiatives: see the case page on the site");
            for (String id : figures.initiatives()) {
                RoadmapItem item = report.initiative(id);
                if (item != null) {
                    t.row(id, item.initiative().title(), Words.of(item.initiative().status()),
                            f.date(item.initiative().start()), f.date(item.initiative().end()));
                }
            }
            t.addTo();
            chart(ChartNames.caseTimeline(fundingCase.id()), 200);
        }

        objectivesServed();

        doc.subsection("KPIs this case promises to move");
        if (fundingCase.kpis().isEmpty()) {
            doc.paragraph("This case names no KPI.", Typesetter.BODY.withColor(BriefTheme.MUTED));
            return;
        }
        KpiScorecard.add(doc, report, fundingCase.kpis(), charts);
    }

    /** The objectives its linked initiatives serve, each once; nothing when none names one. */
    private void objectivesServed() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (String id : figures.initiatives()) {
            RoadmapItem item = report.initiative(id);
            if (item != null && item.initiative().objective() != null
                    && report.objective(item.initiative().objective()) != null) {
                ids.add(item.initiative().objective());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        doc.subsection("Objectives it serves");
        TableBuilder t = new TableBuilder(doc, 3, 1, 1.1f, 1.2f).numeric(3)
                .header("Objective", "Period", "Status", "Key results");
        for (String id : ids) {
            var o = report.objective(id);
            t.row(o.objective().title(), orNone(o.objective().period()),
                    o.status() == null ? Formats.NONE : Words.of(o.status()), f.percent(o.overallKeyResultProgress()));
        }
        t.addTo();
    }

    private void chart(String name, float maxHeight) {
        Chart chart = charts.get(name);
        if (chart != null) {
            doc.keepRoom(Math.min(maxHeight, 160));
            doc.figure(chart, maxHeight);
        }
    }

    private void notAvailable() {
        doc.paragraph("Figures are not available: this case has no cash flows yet.",
                Typesetter.BODY.asItalic().withColor(BriefTheme.MUTED));
    }

    private Phrase cell(String text) {
        return doc.type.phrase(ShownText.cut(text, ShownText.BRIEF_CELL), Typesetter.BODY.withSize(BriefTheme.SMALL));
    }

    private Phrase key(String text) {
        return doc.type.phrase(ShownText.cut(text, ShownText.BRIEF_CELL), Typesetter.BODY.withSize(BriefTheme.SMALL).asBold());
    }

    private Phrase value(String text) {
        return doc.type.phrase(ShownText.cut(text, ShownText.BRIEF_CELL), Typesetter.BODY.asBold().withColor(doc.theme.brand()));
    }

    private Phrase meaning(String text) {
        return doc.type.phrase(ShownText.cut(text, ShownText.BRIEF_CELL), Typesetter.BODY.withSize(BriefTheme.SMALL).withColor(BriefTheme.MUTED));
    }

    static String orNone(String s) {
        return s == null || s.isBlank() ? Formats.NONE : s;
    }
}
