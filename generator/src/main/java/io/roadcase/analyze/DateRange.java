package io.roadcase.analyze;

import io.roadcase.model.CashFlow;
import io.roadcase.model.FlowType;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Periodicity;
import io.roadcase.model.Problem;
import io.roadcase.model.ReportDates;
import io.roadcase.model.Scenario;
import java.time.LocalDate;
import java.util.List;

/**
 * Every date a case derives (period starts, benefits moved by a scenario's delay) stays within
 * {@link ReportDates#RANGE}, the dates data.json can write as YYYY-MM-DD. A yearly case's period 9000, or a
 * benefit on 9999-06-01 delayed by 12 months, is an error at the cell that leads there, and the case's
 * figures are left empty instead of holding a year 10000 (or, far enough, a date Java cannot hold, or a
 * timeline array of a billion periods).
 */
final class DateRange {

    private DateRange() {
    }

    /** The error for the first flow whose date leaves the range, or null when all stay in it. */
    static Problem check(FundingCase fundingCase, boolean dated, List<CashFlow> flows, List<Scenario> scenarios,
            LocalDate start) {
        long delayMin = 0;
        long delayMax = 0;
        Scenario delayed = null;
        for (Scenario s : scenarios) {
            if (s.benefitDelay() > delayMax) {
                delayMax = s.benefitDelay();
                delayed = s;
            }
            delayMin = Math.min(delayMin, s.benefitDelay());
        }
        Periodicity periodicity = fundingCase.periodicity() == null ? Periodicity.YEAR : fundingCase.periodicity();
        for (CashFlow flow : flows) {
            long delay = flow.type() == FlowType.BENEFIT ? delayMax : 0;
            long monthsMin;
            long monthsMax;
            LocalDate from;
            if (dated) {
                from = flow.date();
                monthsMin = flow.type() == FlowType.BENEFIT ? delayMin : 0;
                monthsMax = delay;
            } else {
                from = start;
                long period = flow.period() == null ? 0 : Math.max(0, flow.period());
                monthsMin = 0;
                monthsMax = (period + delay) * periodicity.months();
            }
            long lastYear = from.getYear() + (from.getMonthValue() - 1 + monthsMax) / 12;
            long firstYear = from.getYear() + Math.floorDiv(from.getMonthValue() - 1 + monthsMin, 12);
            if (lastYear > ReportDates.LAST.getYear() || firstYear < ReportDates.FIRST.getYear()) {
                long year = lastYear > ReportDates.LAST.getYear() ? lastYear : firstYear;
                String why = dated
                        ? "the cash flow dated " + flow.date()
                        : "period " + flow.period() + " of this " + periodicity.name().toLowerCase(java.util.Locale.ROOT)
                                + "ly case starting " + start;
                String byDelay = delay != 0 && delayed != null && flow.type() == FlowType.BENEFIT
                        ? ", with scenario " + delayed.name() + "'s benefit delay of " + delayMax + " months," : "";
                return Problem.error(flow.origin() == null ? null : flow.origin().at("period"), why + byDelay
                        + " falls in year " + year + ", outside the dates Roadcase can show ("
                        + ReportDates.RANGE + "): check the period and the case's start; "
                        + fundingCase.id() + "'s figures are left empty");
            }
        }
        return null;
    }
}
