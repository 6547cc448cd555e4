package io.roadcase.check;

import static io.roadcase.check.Findings.q;

import io.roadcase.model.Portfolio;
import io.roadcase.model.Risk;
import io.roadcase.model.Stakeholder;
import io.roadcase.read.RiskTable;
import io.roadcase.read.StakeholderTable;
import java.util.regex.Pattern;

/** Rules about risks (what they are about, their 1–5 scales) and stakeholders' addresses. */
final class RiskAndPeopleRules {

    /** Loose on purpose: one @, something before, a dotted domain after, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]+");

    private RiskAndPeopleRules() {
    }

    static void check(Portfolio portfolio, Findings findings) {
        for (Risk risk : portfolio.risks()) {
            if (risk.caseId() == null && risk.initiative() == null) {
                findings.error(risk.origin(), RiskTable.RISK.name(), "the risk " + q(risk.risk()) + " needs a case"
                        + " (funding case id) or an initiative (roadmap id), found neither");
            }
            scale(risk, risk.likelihood(), RiskTable.LIKELIHOOD.name(), findings);
            scale(risk, risk.impact(), RiskTable.IMPACT.name(), findings);
        }
        for (Stakeholder person : portfolio.stakeholders()) {
            if (person.email() == null || !EMAIL.matcher(person.email()).matches()) {
                // The value is not repeated: problems are published in data.json, addresses never are.
                findings.error(person.origin(), StakeholderTable.EMAIL.name(), "email: expected an address such as"
                        + " name@example.com (one address, no name or brackets)");
            }
        }
    }

    private static void scale(Risk risk, int value, String field, Findings findings) {
        if (value < 1 || value > 5) {
            findings.error(risk.origin(), field, field + ": expected 1 to 5 (or very low, low, medium, high, very"
                    + " high), found " + value);
        }
    }
}
