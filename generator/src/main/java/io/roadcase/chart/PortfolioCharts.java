package io.roadcase.chart;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseFigures.ScenarioFigures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The bar charts built from {@link ColumnChart}: npv against ask per case, npv per scenario. */
final class PortfolioCharts {

    private PortfolioCharts() {
    }

    /** npv and ask side by side for every case that has either; empty when none has. */
    static Optional<Chart> npvAsk(Theme theme, List<CaseFigures> cases) {
        List<ColumnChart.Group> groups = new ArrayList<>();
        StringBuilder description = new StringBuilder("NPV and ask of each funding case:");
        SortedSet<String> currencies = new TreeSet<>();
        for (CaseFigures c : cases) {
            if (c.npv() == null && c.ask() == null) {
                continue;
            }
            String currency = c.fundingCase().currency();
            currencies.add(Canvas.clean(currency));
            groups.add(new ColumnChart.Group(c.fundingCase().title(), Arrays.asList(c.ask(), c.npv()),
                    Arrays.asList(c.ask() == null ? null : theme.formats().money(c.ask()),
                            c.npv() == null ? null : theme.formats().money(c.npv()))));
            description.append(' ').append(Canvas.clean(c.fundingCase().title())).append(" ask ")
                    .append(theme.money(c.ask(), currency)).append(", NPV ")
                    .append(theme.money(c.npv(), currency)).append(';');
        }
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        description.setCharAt(description.length() - 1, '.');
        String subtitle = currencies.size() == 1 ? "Amounts in " + currencies.first()
                : "Amounts in each case's own currency (" + String.join(", ", currencies) + ")";
        return Optional.of(new ColumnChart(theme, ChartNames.PORTFOLIO_NPV_ASK, "NPV against ask", subtitle,
                description.toString(),
                List.of(new ColumnChart.Series("Ask", Theme.PALETTE.get(4), false),
                        new ColumnChart.Series("NPV", Theme.PALETTE.get(0), true)),
                groups));
    }

    /** npv of each scenario of a case, Base first. */
    static Chart scenarios(Theme theme, CaseFigures c) {
        String currency = c.fundingCase().currency();
        List<ColumnChart.Group> groups = new ArrayList<>();
        StringBuilder description = new StringBuilder("NPV of ").append(Canvas.clean(c.fundingCase().title()))
                .append(" by scenario:");
        for (ScenarioFigures s : c.scenarios()) {
            groups.add(new ColumnChart.Group(s.name(), Arrays.asList(s.npv()),
                    Arrays.asList(s.npv() == null ? null : theme.formats().money(s.npv()))));
            description.append(' ').append(Canvas.clean(s.name())).append(' ')
                    .append(theme.money(s.npv(), currency)).append(';');
        }
        description.setCharAt(description.length() - 1, '.');
        return new ColumnChart(theme, ChartNames.caseScenarios(c.id()),
                Canvas.clean(c.fundingCase().title()) + " · scenarios", "NPV in " + Canvas.clean(currency),
                description.toString(), List.of(new ColumnChart.Series("NPV", Theme.PALETTE.get(0), true)), groups);
    }
}
