package io.roadcase.changes;

import io.roadcase.look.Formats;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.Change;
import io.roadcase.model.Change.Entity;
import io.roadcase.model.Change.Kind;
import io.roadcase.model.Kpi;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A change in words, the same on the pages and in the briefs: {@code End slipped 31 Jan 2027 → 28 Feb
 * 2027 (+28 days)}. Values are formatted with the report's one {@link Formats}, as every other output
 * writes them, in the thing's own unit (a KPI's unit and decimals, a case's currency). Thread-safe.
 */
public final class ChangeText {

    /** Shown for a value that does not exist. */
    public static final String NONE = Formats.NONE;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("status", "Status"), Map.entry("start", "Start"), Map.entry("end", "End"),
            Map.entry("progress", "Progress"), Map.entry("confidence", "Confidence"),
            Map.entry("horizon", "Horizon"), Map.entry("dependsOn", "Depends on"),
            Map.entry("fundingCase", "Funding case"), Map.entry("latest", "Latest value"),
            Map.entry("target", "Target"), Map.entry("targetDate", "Target date"), Map.entry("ask", "Ask"),
            Map.entry("npv", "NPV"), Map.entry("irr", "IRR"), Map.entry("paybackYears", "Payback"),
            Map.entry("decisionBy", "Decision by"), Map.entry("score", "Score"), Map.entry("rating", "Rating"));

    private static final Map<Entity, String> GROUPS = Map.of(Entity.INITIATIVE, "Initiatives", Entity.KPI, "KPIs",
            Entity.FUNDING_CASE, "Funding cases", Entity.RISK, "Risks", Entity.STAKEHOLDER, "Stakeholders");

    private final Formats formats;
    private final Report report;

    public ChangeText(Formats formats, Report report) {
        this.formats = formats;
        this.report = report;
    }

    /** The heading of a kind of thing: {@code Funding cases}. */
    public static String group(Entity entity) {
        return GROUPS.get(entity);
    }

    /** The kind of thing in words: {@code funding case}. */
    public static String thing(Entity entity) {
        return entity == Entity.KPI ? "KPI" : entity.word().replace('-', ' ');
    }

    /** What changed, short: {@code Added}, {@code Removed}, {@code End slipped}, {@code Status}. */
    public String what(Change c) {
        return switch (c.kind()) {
            case ADDED -> "Added";
            case REMOVED -> "Removed";
            case SLIPPED -> field(c) + " slipped";
            case CHANGED -> "status".equals(c.field()) && c.entity() == Entity.RISK && "closed".equals(c.to())
                    ? "Closed" : field(c);
        };
    }

    /** The field in words: {@code Latest value}. */
    public String field(Change c) {
        return c.field() == null ? "" : FIELDS.getOrDefault(c.field(), c.field());
    }

    /** The baseline's value in words (for an added or removed thing: nothing). */
    public String from(Change c) {
        return c.field() == null ? "" : value(c, c.from());
    }

    /** The value now in words. */
    public String to(Change c) {
        return c.field() == null ? "" : value(c, c.to());
    }

    /** How far it moved: {@code +28 days}, {@code −2.5 pp}, {@code +USD 50,000}; empty when not a move. */
    public String delta(Change c) {
        Double d = c.delta();
        if (d == null || d == 0) {
            return "";
        }
        String sign = Formats.sign(d);
        double a = Math.abs(d);
        return switch (c.field()) {
            case "start", "end", "targetDate", "decisionBy" -> sign + days(a);
            case "progress", "confidence", "irr" -> formats.signedPoints(d);
            case "latest", "target" -> kpiDelta(c, d);
            case "ask", "npv" -> formats.signedMoney(d, currency(c));
            case "paybackYears" -> sign + formats.years(a);
            default -> sign + formats.number(a, 0, 2);
        };
    }

    /** The whole change in one line: {@code End slipped: 31 Jan 2027 → 28 Feb 2027 (+28 days)}. */
    public String sentence(Change c) {
        if (c.field() == null) {
            return what(c);
        }
        String delta = delta(c);
        return what(c) + ": " + from(c) + " → " + to(c) + (delta.isEmpty() ? "" : " (" + delta + ")");
    }

    /**
     * The change with what it is about, for a list outside its page (a mail, a brief):
     * {@code Initiative Checkout v2: End slipped: 31 Jan 2027 → 28 Feb 2027 (+28 days)}.
     */
    public String line(Change c) {
        String thing = thing(c.entity());
        return Character.toUpperCase(thing.charAt(0)) + thing.substring(1) + " " + (c.name() == null ? c.id() : c.name())
                + ": " + sentence(c);
    }

    /** {@code 14 changes since 24 Oct 2026}. */
    public String summary(int count) {
        LocalDate since = report.changes().baselineDate();
        return (count == 0 ? "No changes" : count == 1 ? "1 change" : count + " changes")
                + (since == null ? "" : " since " + formats.date(since));
    }

    private String value(Change c, Object v) {
        if (v == null) {
            return NONE;
        }
        if (v instanceof LocalDate d) {
            return formats.date(d);
        }
        if (v instanceof List<?> list) {
            return list.isEmpty() ? NONE : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (v instanceof Double d) {
            return switch (c.field()) {
                case "progress", "confidence", "irr" -> formats.percent(d);
                case "latest", "target" -> kpiValue(c, d);
                case "ask", "npv" -> formats.money(d, currency(c));
                case "paybackYears" -> formats.years(d);
                default -> formats.number(d, 0, 2);
            };
        }
        String word = v.toString();
        if (c.entity() == Entity.KPI && "status".equals(c.field())) {
            for (KpiStatus s : KpiStatus.values()) {
                if (s.word().equals(word)) {
                    return Formats.word(s);
                }
            }
        }
        if ("fundingCase".equals(c.field())) {
            return word;
        }
        return Formats.word(word);
    }

    private String days(double days) {
        long n = Math.round(days);
        return n + (n == 1 ? " day" : " days");
    }

    private String kpiValue(Change c, double v) {
        Kpi kpi = kpi(c);
        return kpi == null ? formats.number(v, 0, 2) : formats.kpiValue(kpi, v);
    }

    /** A KPI's change with its sign: percentage KPIs move in points. */
    private String kpiDelta(Change c, double d) {
        Kpi kpi = kpi(c);
        return kpi == null ? Formats.sign(d) + formats.number(Math.abs(d), 0, 2) : formats.kpiDelta(kpi, d);
    }

    private Kpi kpi(Change c) {
        KpiFigures k = report.kpi(c.id());
        return k == null ? null : k.kpi();
    }

    /** The case's currency, or the report's for a case no longer there. */
    private String currency(Change c) {
        CaseFigures f = report.fundingCase(c.id());
        return f == null ? report.settings().currency() : f.fundingCase().currency();
    }

    /** The tone of a change for its mark: bad for slips and things getting worse, else neutral. */
    public String tone(Change c) {
        if (c.kind() == Kind.SLIPPED || c.kind() == Kind.REMOVED) {
            return "warn";
        }
        if ("status".equals(c.field()) && c.to() instanceof String s
                && (s.equals("red") || s.equals("at-risk") || s.equals("blocked"))) {
            return "bad";
        }
        return "info";
    }
}
