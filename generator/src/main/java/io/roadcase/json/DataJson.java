package io.roadcase.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.roadcase.chart.ChartNames;
import io.roadcase.model.CaseFigures.PeriodRow;
import io.roadcase.model.CaseFigures.ScenarioFigures;
import io.roadcase.model.CaseFigures.SensitivityLine;
import io.roadcase.model.CaseFigures.ShareAmount;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.CashFlow;
import io.roadcase.model.Change;
import io.roadcase.model.Changes;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Initiative;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Objective;
import io.roadcase.model.ObjectiveFigures;
import io.roadcase.model.Observation;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.Report;
import io.roadcase.model.ReportDates;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RoadmapItem;
import io.roadcase.model.Stakeholder;
import io.roadcase.model.UserChart;
import io.roadcase.model.UserChartFigures;
import io.roadcase.model.Word;
import io.roadcase.render.Output;
import io.roadcase.render.RenderContext;
import io.roadcase.render.Renderer;
import io.roadcase.render.Piece;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code data.json} as OUTPUT.md defines it: every input row and computed figure, camelCase
 * keys, ISO dates, full-precision numbers, canonical enum words, null where a value does not exist.
 * Key order is fixed, so the same report gives the same bytes.
 */
public final class DataJson {

    public static final String FILE = "data.json";
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator g;

    /** {@code data.json} as an output stage: one piece. */
    public static final Renderer RENDERER = new Renderer() {
        @Override
        public String stage() {
            return "json";
        }

        @Override
        public List<Piece> work(RenderContext context) {
            return List.of(() -> write(context.report(), context.output()));
        }
    };

    private DataJson(JsonGenerator g) {
        this.g = g;
    }

    public static void write(Report report, Output output) throws IOException {
        try (OutputStream out = output.open(FILE);
                JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            new DataJson(g).report(report);
            g.writeRaw('\n');
        }
    }

    private void report(Report r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        date("reportDate", r.reportDate());
        g.writeStringField("title", r.settings().title());
        g.writeArrayFieldStart("initiatives");
        for (RoadmapItem item : r.initiatives()) {
            initiative(item);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("kpis");
        for (KpiFigures k : r.kpis()) {
            kpi(k);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("fundingCases");
        for (CaseFigures c : r.fundingCases()) {
            fundingCase(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("risks");
        for (RiskFigures risk : r.risks()) {
            risk(risk);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("stakeholders");
        for (Stakeholder s : r.stakeholders()) {
            stakeholder(s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("objectives");
        for (ObjectiveFigures o : r.objectives()) {
            objective(o);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("userCharts");
        for (UserChartFigures u : r.userCharts()) {
            userChart(u);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (Problem p : r.problems()) {
            problem(p);
        }
        g.writeEndArray();
        changes(r.changes());
        g.writeEndObject();
    }

    /** {@code baseline} (null without one) and {@code changes[]} (docs/changes.md). */
    private void changes(Changes changes) throws IOException {
        if (changes.hasBaseline()) {
            g.writeObjectFieldStart("baseline");
            date("reportDate", changes.baselineDate());
            g.writeStringField("title", changes.baselineTitle());
            g.writeEndObject();
        } else {
            g.writeNullField("baseline");
        }
        g.writeArrayFieldStart("changes");
        for (Change c : changes.all()) {
            g.writeStartObject();
            word("kind", c.kind());
            word("entity", c.entity());
            g.writeStringField("id", c.id());
            g.writeStringField("field", c.field());
            changeValue("from", c.from());
            changeValue("to", c.to());
            number("delta", c.delta());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A changed value as data.json writes that field: text, number, date or list of ids. */
    private void changeValue(String name, Object value) throws IOException {
        if (value instanceof Double d) {
            number(name, d);
        } else if (value instanceof LocalDate d) {
            date(name, d);
        } else if (value instanceof List<?> list) {
            strings(name, list.stream().map(String::valueOf).toList());
        } else {
            g.writeStringField(name, value == null ? null : value.toString());
        }
    }

    private void initiative(RoadmapItem item) throws IOException {
        Initiative i = item.initiative();
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeStringField("title", i.title());
        g.writeStringField("theme", i.theme());
        g.writeStringField("team", i.team());
        g.writeStringField("owner", i.owner());
        word("status", i.status());
        date("start", i.start());
        date("end", i.end());
        g.writeBooleanField("milestone", i.milestone());
        word("horizon", item.horizon());
        number("progress", i.progress());
        number("confidence", i.confidence());
        strings("dependsOn", i.dependsOn());
        strings("kpis", i.kpis());
        g.writeStringField("fundingCase", i.fundingCase());
        g.writeStringField("parent", i.parent());
        strings("children", item.children());
        number("childProgress", item.childProgress());
        g.writeNumberField("depth", item.depth());
        g.writeStringField("objective", i.objective());
        number("rice", item.rice());
        number("wsjf", item.wsjf());
        g.writeStringField("link", i.link());
        extra(i.extra());
        g.writeEndObject();
    }

    private void kpi(KpiFigures f) throws IOException {
        Kpi k = f.kpi();
        g.writeStartObject();
        g.writeStringField("id", k.id());
        g.writeStringField("name", k.name());
        g.writeStringField("unit", k.unit());
        word("direction", k.direction());
        number("target", f.target());
        date("targetDate", k.targetDate());
        number("baseline", k.baseline());
        g.writeNumberField("tolerance", k.tolerance());
        g.writeStringField("category", k.category());
        g.writeStringField("owner", k.owner());
        g.writeArrayFieldStart("observations");
        for (Observation o : f.observations()) {
            g.writeStartObject();
            date("date", o.date());
            g.writeNumberField("value", o.value());
            number("target", o.target());
            g.writeStringField("note", o.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        observation("latest", f.latest());
        observation("previous", f.previous());
        word("status", f.status());
        number("gap", f.gap());
        number("delta", f.delta());
        number("deltaPct", f.deltaPct());
        word("trend", f.trend());
        number("forecastAtTargetDate", f.forecastAtTargetDate());
        if (f.forecastMeetsTarget() == null) {
            g.writeNullField("forecastMeetsTarget");
        } else {
            g.writeBooleanField("forecastMeetsTarget", f.forecastMeetsTarget());
        }
        number("progressFromBaseline", f.progressFromBaseline());
        g.writeStringField("objective", k.objective());
        extra(k.extra());
        g.writeEndObject();
    }

    /** One objective with its figures (docs/figures.md, Objectives). */
    private void objective(ObjectiveFigures f) throws IOException {
        Objective o = f.objective();
        g.writeStartObject();
        g.writeStringField("id", o.id());
        g.writeStringField("title", o.title());
        g.writeStringField("owner", o.owner());
        g.writeStringField("period", o.period());
        date("start", o.start());
        date("end", o.end());
        g.writeStringField("parent", o.parent());
        strings("children", f.children());
        g.writeNumberField("depth", f.depth());
        g.writeArrayFieldStart("keyResults");
        for (ObjectiveFigures.KeyResult k : f.keyResults()) {
            g.writeStartObject();
            g.writeStringField("kpi", k.kpi());
            number("baseline", k.baseline());
            number("progress", k.progress());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings("initiatives", f.initiatives());
        word("status", f.status());
        g.writeBooleanField("statusComputed", f.statusComputed());
        number("keyResultProgress", f.keyResultProgress());
        number("initiativesDone", f.initiativesDone());
        number("timeElapsed", f.timeElapsed());
        number("overallKeyResultProgress", f.overallKeyResultProgress());
        number("overallInitiativesDone", f.overallInitiativesDone());
        extra(o.extra());
        g.writeEndObject();
    }

    private void observation(String name, Observation o) throws IOException {
        if (o == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        date("date", o.date());
        g.writeNumberField("value", o.value());
        g.writeEndObject();
    }

    private void fundingCase(CaseFigures f) throws IOException {
        FundingCase c = f.fundingCase();
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("title", c.title());
        g.writeStringField("sponsor", c.sponsor());
        g.writeStringField("owner", c.owner());
        word("status", c.status());
        g.writeStringField("currency", c.currency());
        number("ask", f.ask());
        g.writeNumberField("discountRate", c.discountRate());
        word("periodicity", f.dated() ? null : c.periodicity());
        g.writeBooleanField("dated", f.dated());
        date("start", c.start());
        date("decisionBy", c.decisionBy());
        number("npv", f.npv());
        number("irr", f.irr());
        number("mirr", f.mirr());
        number("roi", f.roi());
        number("bcr", f.bcr());
        number("paybackYears", f.paybackYears());
        number("discountedPaybackYears", f.discountedPaybackYears());
        number("totalCosts", f.totalCosts());
        number("totalBenefits", f.totalBenefits());
        number("breakEvenBenefitChange", f.breakEvenBenefitChange());
        g.writeArrayFieldStart("cashFlows");
        for (CashFlow flow : f.cashFlows()) {
            g.writeStartObject();
            if (flow.period() == null) {
                g.writeNullField("period");
            } else {
                g.writeNumberField("period", flow.period());
            }
            date("date", flow.isDated() ? flow.date() : periodStart(f, flow.period()));
            word("type", flow.type());
            g.writeStringField("category", flow.category());
            g.writeNumberField("amount", flow.amount());
            g.writeStringField("note", flow.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("scenarios");
        for (ScenarioFigures s : f.scenarios()) {
            g.writeStartObject();
            g.writeStringField("name", s.name());
            number("npv", s.npv());
            number("irr", s.irr());
            number("paybackYears", s.paybackYears());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sensitivity");
        for (SensitivityLine s : f.sensitivity()) {
            g.writeStartObject();
            word("type", s.type());
            g.writeStringField("category", s.category());
            g.writeNumberField("npvLow", s.npvLow());
            g.writeNumberField("npvHigh", s.npvHigh());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("costSharing");
        for (ShareAmount s : f.costSharing()) {
            g.writeStartObject();
            g.writeStringField("department", s.department());
            g.writeNumberField("share", s.share());
            number("amount", s.amount());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings("kpis", c.kpis());
        strings("initiatives", f.initiatives());
        extra(c.extra());
        g.writeEndObject();
    }

    /** The date a period starts on: the case start plus that many periods. */
    private static LocalDate periodStart(CaseFigures f, Integer period) {
        FundingCase c = f.fundingCase();
        if (period == null || c.start() == null) {
            return null;
        }
        long months = (long) period * c.periodicity().months();
        // Past year 9999 (an error the analysis reports) the date is left out rather than overflowing.
        return months > 12L * 10_000 ? null : c.start().plusMonths(months);
    }

    private void risk(RiskFigures f) throws IOException {
        g.writeStartObject();
        g.writeStringField("risk", f.risk().risk());
        g.writeStringField("case", f.risk().caseId());
        g.writeStringField("initiative", f.risk().initiative());
        g.writeNumberField("likelihood", f.risk().likelihood());
        g.writeNumberField("impact", f.risk().impact());
        g.writeNumberField("score", f.score());
        word("rating", f.rating());
        g.writeStringField("mitigation", f.risk().mitigation());
        g.writeStringField("owner", f.risk().owner());
        word("status", f.risk().status());
        g.writeEndObject();
    }

    private void stakeholder(Stakeholder s) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        // Never the address: the output folder is published (OUTPUT.md); only roadcase mail uses it.
        g.writeStringField("role", s.role());
        strings("cases", s.cases());
        g.writeBooleanField("portfolio", s.portfolio());
        g.writeEndObject();
    }

    /** One chart of the charts table: its declaration, where it is shown, its files and its data table. */
    private void userChart(UserChartFigures u) throws IOException {
        UserChart c = u.chart();
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("title", c.title());
        g.writeStringField("type", c.type().word());
        g.writeStringField("data", c.data());
        g.writeStringField("x", c.x());
        strings("y", c.y());
        g.writeStringField("seriesBy", c.seriesBy());
        g.writeBooleanField("stacked", c.stacked());
        g.writeStringField("unit", c.unit());
        g.writeStringField("page", u.page());
        g.writeStringField("svg", "charts/" + ChartNames.userChart(c.id()) + ".svg");
        g.writeStringField("note", c.note());
        g.writeArrayFieldStart("table");
        for (List<String> row : u.table()) {
            strings(null, row);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void problem(Problem p) throws IOException {
        Place place = p.place() == null ? new Place(null, null, null, null, null) : p.place();
        g.writeStartObject();
        g.writeStringField("level", p.level().word());
        g.writeStringField("file", place.file());
        g.writeStringField("sheet", place.sheet());
        g.writeStringField("cell", place.cell());
        if (place.line() == null) {
            g.writeNullField("line");
        } else {
            g.writeNumberField("line", place.line());
        }
        g.writeStringField("column", place.column());
        g.writeStringField("message", p.other() == null ? p.message() : p.message() + " (also at " + p.other() + ")");
        g.writeEndObject();
    }

    private void date(String name, LocalDate date) throws IOException {
        // A date outside 1900-9999 has already been reported as an error; the file keeps its YYYY-MM-DD format.
        g.writeStringField(name, date == null || !ReportDates.accepts(date) ? null : date.toString());
    }

    private void word(String name, Word value) throws IOException {
        g.writeStringField(name, value == null ? null : value.word());
    }

    /** A nullable number; never NaN or Infinity (the analysis gives null instead, this is a last guard). */
    private void number(String name, Double value) throws IOException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    /** An array of strings: a field, or an array element when {@code name} is null. */
    private void strings(String name, List<String> values) throws IOException {
        if (name == null) {
            g.writeStartArray();
        } else {
            g.writeArrayFieldStart(name);
        }
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void extra(Map<String, String> extra) throws IOException {
        g.writeObjectFieldStart("extra");
        for (Map.Entry<String, String> e : extra.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
