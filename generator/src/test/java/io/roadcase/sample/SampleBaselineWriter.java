package io.roadcase.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.roadcase.Config;
import io.roadcase.Generator;
import io.roadcase.changes.Snapshot;
import io.roadcase.changes.Snapshot.Case;
import io.roadcase.changes.Snapshot.Item;
import io.roadcase.changes.Snapshot.Metric;
import io.roadcase.changes.Snapshot.RiskEntry;
import io.roadcase.json.DataJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code sample-data/baseline/data.json}: Northwind's October portfolio review, the baseline the
 * sample site is compared with. It is the sample read as of 24 October 2026 with the edits a month
 * makes (below), written with the fields a baseline is compared on (a smaller data.json of the same
 * schema version). Regenerate with {@code ./mvnw -q -pl generator -am test-compile -Psample-data}.
 */
public final class SampleBaselineWriter {

    /** The October review. */
    static final LocalDate OCTOBER = LocalDate.of(2026, 10, 24);

    private SampleBaselineWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: SampleBaselineWriter <data.json to write>");
            System.exit(2);
        }
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, write(Path.of(args[0]).toAbsolutePath().getParent().getParent().resolve("src/roadcase")));
        System.out.println("Sample baseline written to " + file.toAbsolutePath().normalize());
    }

    /** The October data.json of the sample in {@code data}. */
    static byte[] write(Path data) throws IOException {
        Path nowhere = Files.createTempDirectory("roadcase-baseline");
        Snapshot now;
        try {
            now = Snapshot.of(new Generator(Config.of(data, nowhere).withReportDate(OCTOBER)).report());
        } finally {
            Files.deleteIfExists(nowhere);
        }
        return json(october(now));
    }

    /** What the October review said, where it differs from the data now. */
    private static Snapshot october(Snapshot now) {
        List<Item> items = new ArrayList<>();
        for (Item i : now.initiatives()) {
            items.add(switch (i.id()) {
                // Route-aware dispatch was to ship before the end of November.
                case "FX-102" -> item(i, i.status(), i.end().minusDays(21), i.horizon(), i.progress());
                // Self-serve sign-up was to go live before Christmas; the payment provider's onboarding took longer.
                case "GRW-301" -> item(i, i.status(), LocalDate.of(2026, 12, 18), i.horizon(), 0.35);
                // In-app upgrades were on track in October.
                case "GRW-304" -> item(i, "in-progress", i.end(), i.horizon(), i.progress());
                case "PLT-204" -> item(i, i.status(), i.end(), i.horizon(), 0.15);
                // Van stock and parts reservations moved up from Later to Next in November.
                case "FX-103" -> item(i, i.status(), i.end(), "later", i.progress());
                default -> i;
            });
        }
        items.add(new Item("GRW-311", "Partner referral portal", "planned", LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 5, 28), "later", 0.0, 0.5, List.of(), null));
        List<Metric> kpis = new ArrayList<>();
        for (Metric k : now.kpis()) {
            // NPS was on target in October.
            kpis.add(k.id().equals("nps") ? new Metric(k.id(), k.name(), "green", 46.0, k.latestDate(), k.target(),
                    k.targetDate()) : k);
        }
        List<Case> cases = new ArrayList<>();
        for (Case c : now.fundingCases()) {
            if (c.id().equals("fc-support-ai")) {
                continue; // drafted in November
            }
            cases.add(c.id().equals("fc-eu-region") ? new Case(c.id(), c.title(), c.status(), c.currency(), 1650000.0,
                    c.npv(), c.irr(), c.paybackYears(), LocalDate.of(2026, 11, 26)) : c);
        }
        List<RiskEntry> risks = new ArrayList<>();
        for (RiskEntry r : now.risks()) {
            if ("fc-support-ai".equals(r.caseId())) {
                continue;
            }
            // The camera regression looked contained in October.
            risks.add(r.risk().startsWith("Android camera") ? new RiskEntry(r.risk(), r.caseId(), r.initiative(), 9,
                    "high", r.status()) : r);
        }
        return new Snapshot(OCTOBER, now.title(), items, kpis, cases, risks, now.stakeholders());
    }

    private static Item item(Item i, String status, LocalDate end, String horizon, Double progress) {
        return new Item(i.id(), i.title(), status, i.start(), end, horizon, progress, i.confidence(), i.dependsOn(),
                i.fundingCase());
    }

    /** The snapshot as data.json writes these fields. */
    private static byte[] json(Snapshot s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", DataJson.SCHEMA_VERSION);
            g.writeStringField("reportDate", s.reportDate().toString());
            g.writeStringField("title", s.title());
            g.writeArrayFieldStart("initiatives");
            for (Item i : s.initiatives()) {
                g.writeStartObject();
                g.writeStringField("id", i.id());
                g.writeStringField("title", i.title());
                g.writeStringField("status", i.status());
                date(g, "start", i.start());
                date(g, "end", i.end());
                g.writeStringField("horizon", i.horizon());
                number(g, "progress", i.progress());
                number(g, "confidence", i.confidence());
                g.writeArrayFieldStart("dependsOn");
                for (String d : i.dependsOn()) {
                    g.writeString(d);
                }
                g.writeEndArray();
                g.writeStringField("fundingCase", i.fundingCase());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("kpis");
            for (Metric k : s.kpis()) {
                g.writeStartObject();
                g.writeStringField("id", k.id());
                g.writeStringField("name", k.name());
                g.writeStringField("status", k.status());
                if (k.latest() == null) {
                    g.writeNullField("latest");
                } else {
                    g.writeObjectFieldStart("latest");
                    date(g, "date", k.latestDate());
                    number(g, "value", k.latest());
                    g.writeEndObject();
                }
                number(g, "target", k.target());
                date(g, "targetDate", k.targetDate());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("fundingCases");
            for (Case c : s.fundingCases()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("title", c.title());
                g.writeStringField("status", c.status());
                g.writeStringField("currency", c.currency());
                number(g, "ask", c.ask());
                number(g, "npv", c.npv());
                number(g, "irr", c.irr());
                number(g, "paybackYears", c.paybackYears());
                date(g, "decisionBy", c.decisionBy());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("risks");
            for (RiskEntry r : s.risks()) {
                g.writeStartObject();
                g.writeStringField("risk", r.risk());
                g.writeStringField("case", r.caseId());
                g.writeStringField("initiative", r.initiative());
                if (r.score() == null) {
                    g.writeNullField("score");
                } else {
                    g.writeNumberField("score", r.score());
                }
                g.writeStringField("rating", r.rating());
                g.writeStringField("status", r.status());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("stakeholders");
            for (String name : s.stakeholders()) {
                g.writeStartObject();
                g.writeStringField("name", name);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void date(JsonGenerator g, String name, LocalDate d) throws IOException {
        g.writeStringField(name, d == null ? null : d.toString());
    }

    private static void number(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
