package io.roadcase.changes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.roadcase.changes.Snapshot.Case;
import io.roadcase.changes.Snapshot.Item;
import io.roadcase.changes.Snapshot.Metric;
import io.roadcase.changes.Snapshot.RiskEntry;
import io.roadcase.json.DataJson;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a previous {@code data.json} into a {@link Snapshot} with jackson-core's streaming parser. Only
 * the fields changes are looked for in are kept; unknown fields are ignored, so a baseline of the same
 * schema version written by a newer Roadcase still reads. A baseline of another schema version is
 * refused rather than half-understood.
 */
public final class BaselineReader {

    /** Deeper than any data.json; a hostile file cannot exhaust the stack. */
    private static final int MAX_DEPTH = 64;

    /**
     * The lists no change is looked for in, and the bulk of a data.json (every KPI value): skipped
     * rather than kept as maps. A 54 MB baseline (400,000 values) read in 0.1–0.2 s keeping 4–7 MB,
     * instead of 0.3–0.6 s keeping 160 MB.
     */
    private static final Set<String> UNUSED = Set.of("observations", "cashFlows", "scenarios", "sensitivity",
            "costSharing", "problems", "extra");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private BaselineReader() {
    }

    /**
     * @param where names the baseline in messages (a path or URL)
     * @throws BaselineException when the bytes are not a data.json of this schema version
     */
    public static Snapshot read(byte[] json, String where) throws BaselineException {
        Object root;
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() == null) {
                throw new BaselineException("expected a data.json in " + where + ", found an empty file");
            }
            root = value(p);
            if (p.nextToken() != null) {
                throw new BaselineException("expected one JSON object in " + where + ", found more after it");
            }
        } catch (JsonProcessingException e) {
            throw new BaselineException("expected a data.json in " + where + ", found text that is not JSON ("
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new BaselineException("cannot read the baseline " + where + ": " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new BaselineException("expected a data.json in " + where + " (a JSON object), found "
                    + kind(root));
        }
        Object version = top.get("schemaVersion");
        if (!(version instanceof Double v) || v != DataJson.SCHEMA_VERSION) {
            throw new BaselineException("expected a data.json of schemaVersion " + DataJson.SCHEMA_VERSION + " in "
                    + where + ", found " + (version == null ? "none" : "schemaVersion " + text(version))
                    + "; it is not compared");
        }
        try {
            return snapshot(top);
        } catch (IllegalArgumentException e) {
            throw new BaselineException("expected a data.json in " + where + ", found " + e.getMessage(), e);
        }
    }

    private static Snapshot snapshot(Map<?, ?> top) {
        LocalDate reportDate = date(top, "reportDate");
        if (reportDate == null) {
            throw new IllegalArgumentException("no reportDate");
        }
        List<Item> items = new ArrayList<>();
        for (Map<?, ?> i : objects(top, "initiatives")) {
            items.add(new Item(id(i), string(i, "title"), string(i, "status"), date(i, "start"), date(i, "end"),
                    string(i, "horizon"), number(i, "progress"), number(i, "confidence"), strings(i, "dependsOn"),
                    string(i, "fundingCase")));
        }
        List<Metric> kpis = new ArrayList<>();
        for (Map<?, ?> k : objects(top, "kpis")) {
            Map<?, ?> latest = k.get("latest") instanceof Map<?, ?> m ? m : Map.of();
            kpis.add(new Metric(id(k), string(k, "name"), string(k, "status"), number(latest, "value"),
                    date(latest, "date"), number(k, "target"), date(k, "targetDate")));
        }
        List<Case> cases = new ArrayList<>();
        for (Map<?, ?> c : objects(top, "fundingCases")) {
            cases.add(new Case(id(c), string(c, "title"), string(c, "status"), string(c, "currency"), number(c, "ask"),
                    number(c, "npv"), number(c, "irr"), number(c, "paybackYears"), date(c, "decisionBy")));
        }
        List<RiskEntry> risks = new ArrayList<>();
        for (Map<?, ?> r : objects(top, "risks")) {
            Double score = number(r, "score");
            risks.add(new RiskEntry(string(r, "risk"), string(r, "case"), string(r, "initiative"),
                    score == null ? null : (int) Math.round(score), string(r, "rating"), string(r, "status")));
        }
        List<String> people = new ArrayList<>();
        for (Map<?, ?> s : objects(top, "stakeholders")) {
            String name = string(s, "name");
            if (name != null) {
                people.add(name);
            }
        }
        return new Snapshot(reportDate, string(top, "title"), items, kpis, cases, risks, people);
    }

    /** Any JSON value: objects as maps in key order, arrays as lists, numbers as Double. */
    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (UNUSED.contains(name)) {
                        p.skipChildren(); // still parsed, so a broken file fails as before; nothing kept
                    } else {
                        map.putIfAbsent(name, value(p));
                    }
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    private static List<Map<?, ?>> objects(Map<?, ?> parent, String key) {
        Object v = parent.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException("\"" + key + "\" as " + kind(v) + " instead of a list");
        }
        List<Map<?, ?>> objects = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("an entry of \"" + key + "\" that is " + kind(o)
                        + " instead of an object");
            }
            objects.add(m);
        }
        return objects;
    }

    private static String id(Map<?, ?> o) {
        String id = string(o, "id");
        if (id == null) {
            throw new IllegalArgumentException("an entry without an id");
        }
        return id;
    }

    private static String string(Map<?, ?> o, String key) {
        Object v = o.get(key);
        return v instanceof String s ? s : null;
    }

    private static Double number(Map<?, ?> o, String key) {
        Object v = o.get(key);
        return v instanceof Double d ? d : null;
    }

    private static List<String> strings(Map<?, ?> o, String key) {
        Object v = o.get(key);
        if (!(v instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    private static LocalDate date(Map<?, ?> o, String key) {
        String s = string(o, key);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + key + "\": \"" + s + "\", which is not a YYYY-MM-DD date");
        }
    }

    private static String text(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    private static String kind(Object v) {
        if (v instanceof List<?>) {
            return "a list";
        }
        if (v instanceof String) {
            return "a text";
        }
        if (v instanceof Double) {
            return "a number";
        }
        return v == null ? "null" : "a " + v.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
