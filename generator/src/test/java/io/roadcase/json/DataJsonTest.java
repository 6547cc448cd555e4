package io.roadcase.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.roadcase.Fixtures;
import io.roadcase.render.MemoryOutput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataJsonTest {

    private static String json(io.roadcase.model.Report report) throws Exception {
        MemoryOutput out = new MemoryOutput();
        DataJson.write(report, out);
        return out.text(DataJson.FILE);
    }

    /** Field names in document order, with their parent path, e.g. {@code fundingCases[].npv}. */
    private static List<String> paths(String json) throws Exception {
        List<String> paths = new ArrayList<>();
        List<String> stack = new ArrayList<>();
        String pending = "";
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> {
                        pending = p.currentName();
                        paths.add(String.join(".", stack) + (stack.isEmpty() ? "" : ".") + pending);
                    }
                    case START_OBJECT -> {
                        if (!pending.isEmpty()) {
                            stack.add(pending);
                        }
                        pending = "";
                    }
                    case START_ARRAY -> {
                        stack.add(pending + "[]");
                        pending = "";
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (!stack.isEmpty() && (t == JsonToken.END_ARRAY || !stack.get(stack.size() - 1).endsWith("[]"))) {
                            stack.remove(stack.size() - 1);
                        }
                    }
                    default -> pending = "";
                }
            }
        }
        return paths;
    }

    @Test
    void hasEveryKeyOfTheOutputContract() throws Exception {
        List<String> paths = paths(json(Fixtures.report()));

        assertThat(paths).contains("schemaVersion", "reportDate", "title", "initiatives[].id",
                "initiatives[].horizon", "initiatives[].rice", "initiatives[].wsjf", "initiatives[].dependsOn",
                "initiatives[].extra", "kpis[].observations[].note", "kpis[].latest.value", "kpis[].previous.date",
                "kpis[].status", "kpis[].gap", "kpis[].deltaPct", "kpis[].trend", "kpis[].forecastAtTargetDate",
                "kpis[].forecastMeetsTarget", "kpis[].progressFromBaseline", "fundingCases[].npv",
                "fundingCases[].irr", "fundingCases[].mirr", "fundingCases[].roi", "fundingCases[].bcr",
                "fundingCases[].paybackYears", "fundingCases[].discountedPaybackYears",
                "fundingCases[].breakEvenBenefitChange", "fundingCases[].dated", "fundingCases[].cashFlows[].period",
                "fundingCases[].scenarios[].paybackYears", "fundingCases[].sensitivity[].npvHigh",
                "fundingCases[].costSharing[].amount", "fundingCases[].initiatives", "risks[].rating",
                "stakeholders[].portfolio", "problems[].level", "problems[].cell", "problems[].line",
                "problems[].message");
    }

    @Test
    void writesCanonicalWordsIsoDatesAndNulls() throws Exception {
        String json = json(Fixtures.report());

        assertThat(json).contains("\"status\" : \"in-progress\"", "\"direction\" : \"lower\"",
                "\"reportDate\" : \"2026-11-24\"", "\"periodicity\" : \"year\"", "\"type\" : \"cost\"",
                "\"npv\" : null", "\"status\" : \"no-target\"");
        assertThat(json).doesNotContain("NaN", "Infinity");
    }

    @Test
    void givesPeriodicCashFlowsTheDateTheirPeriodStarts() throws Exception {
        String json = json(Fixtures.report());
        assertThat(json).contains("\"period\" : 1,\n          \"date\" : \"2028-01-01\"");
    }

    @Test
    void sameReportGivesSameBytes() throws Exception {
        assertThat(json(Fixtures.report())).isEqualTo(json(Fixtures.report()));
    }
}
