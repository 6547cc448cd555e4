package io.roadcase.mail;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.Report;
import io.roadcase.model.Stakeholder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What one stakeholder receives: the briefs of their cases ({@code *} already expanded to every case)
 * and the portfolio brief when their row says so.
 *
 * @param cases the funding cases in the report's order, each once
 */
record Delivery(Stakeholder person, List<CaseFigures> cases, boolean portfolio) {

    /** Whether the stakeholder would receive nothing, so gets no message. */
    boolean isEmpty() {
        return cases.isEmpty() && !portfolio;
    }

    /** One delivery per stakeholder, in table order. */
    static List<Delivery> of(Report report) {
        List<Delivery> deliveries = new ArrayList<>();
        for (Stakeholder person : report.stakeholders()) {
            LinkedHashSet<String> wanted = new LinkedHashSet<>(person.cases());
            List<CaseFigures> cases = new ArrayList<>();
            for (CaseFigures c : report.fundingCases()) {
                if (wanted.contains(c.id())) {
                    cases.add(c);
                }
            }
            deliveries.add(new Delivery(person, List.copyOf(cases), person.portfolio()));
        }
        return deliveries;
    }
}
