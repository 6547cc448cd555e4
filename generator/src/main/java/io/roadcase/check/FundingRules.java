package io.roadcase.check;

import static io.roadcase.check.Findings.percent;
import static io.roadcase.check.Findings.q;

import io.roadcase.model.CashFlow;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Portfolio;
import io.roadcase.model.Scenario;
import io.roadcase.read.CashFlowTable;
import io.roadcase.read.FundingCaseTable;
import io.roadcase.read.ScenarioTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Rules about funding cases, their cash flows and scenarios. */
final class FundingRules {

    /** Shares may total 100 % up to rounding noise. */
    static final double SHARE_TOLERANCE = 1e-9;

    private FundingRules() {
    }

    static void check(Portfolio portfolio, Findings findings) {
        Map<String, CashFlow> firstFlow = new HashMap<>();
        for (CashFlow flow : portfolio.cashFlows()) {
            if (flow.period() != null && flow.period() < 0) {
                findings.error(flow.origin(), CashFlowTable.PERIOD.name(), "period: expected a whole number 0 or"
                        + " more (0 is the case start), found " + flow.period());
            }
            CashFlow first = firstFlow.putIfAbsent(flow.caseId(), flow);
            if (first != null && first.isDated() != flow.isDated()) {
                findings.twoPlaces(flow.origin(), first.origin(), CashFlowTable.PERIOD.name(), "case "
                        + q(flow.caseId()) + " mixes dated cash flows (a date in period) and periodic ones (a period"
                        + " index); use one kind per case");
            }
        }
        for (FundingCase fundingCase : portfolio.fundingCases()) {
            if (!firstFlow.containsKey(fundingCase.id())) {
                findings.warning(fundingCase.origin(), FundingCaseTable.ID.name(), "funding case "
                        + q(fundingCase.id()) + " has no cash flows, so its figures (npv, irr, payback) are empty");
            }
            costSharing(fundingCase, findings);
        }
        for (Scenario scenario : portfolio.scenarios()) {
            if (scenario.name().strip().equalsIgnoreCase("Base")) {
                findings.error(scenario.origin(), ScenarioTable.SCENARIO.name(), "scenario \"Base\" always exists"
                        + " (all factors 1) and cannot be redefined; give this scenario another name");
            }
        }
    }

    private static void costSharing(FundingCase fundingCase, Findings findings) {
        List<FundingCase.Share> shares = fundingCase.costSharing();
        if (shares == null || shares.isEmpty()) {
            return;
        }
        double total = shares.stream().mapToDouble(FundingCase.Share::share).sum();
        if (Math.abs(total - 1) > SHARE_TOLERANCE) {
            findings.error(fundingCase.origin(), FundingCaseTable.COST_SHARING.name(), "cost_sharing: expected"
                    + " shares totalling 100 %, found " + percent(total) + " (" + shares.stream()
                            .map(s -> s.department() + " " + percent(s.share())).collect(Collectors.joining(", "))
                    + ")");
        }
    }
}
