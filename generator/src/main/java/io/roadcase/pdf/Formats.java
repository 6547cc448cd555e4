package io.roadcase.pdf;

import io.roadcase.chart.Theme;
import io.roadcase.model.Kpi;
import java.time.LocalDate;

/**
 * What a brief writes for each kind of figure: the number formats of the one {@link Theme} (METRICS.md
 * display rounding in the report's locale), with a dash for a figure that does not exist.
 */
final class Formats {

    static final String NONE = "–";

    private final Theme look;

    Formats(Theme look) {
        this.look = look;
    }

    /** Money with the currency symbol of the locale: {@code US$450,000}, {@code €12.50}. */
    String money(Double amount, String currencyCode) {
        return exists(amount) ? look.money(amount, currencyCode) : NONE;
    }

    /** A money amount without symbol, for table columns headed by the currency. */
    String amount(Double amount) {
        return exists(amount) ? look.number(amount, Math.abs(amount) >= 1000 ? 0 : 2) : NONE;
    }

    /** A fraction as percent with one decimal: 0.3313 gives {@code 33.1%}. */
    String percent(Double fraction) {
        return exists(fraction) ? look.percent(fraction, 1) : NONE;
    }

    /** A plain number with {@code minDecimals} to {@code maxDecimals} decimals. */
    String number(Double value, int minDecimals, int maxDecimals) {
        return exists(value) ? look.number(value, minDecimals, maxDecimals) : NONE;
    }

    /** Years with one decimal: {@code 2.0 years}. */
    String years(Double years) {
        return exists(years) ? number(years, 1, 1) + " years" : NONE;
    }

    /** A KPI value to the KPI's decimals (default up to 2), percent KPIs as percent. */
    String kpiValue(Kpi kpi, Double value) {
        if (!exists(value)) {
            return NONE;
        }
        if (kpi.isPercent()) {
            return look.percent(value, kpi.decimals() == null ? 1 : kpi.decimals());
        }
        String n = kpi.decimals() == null ? number(value, 0, 2) : number(value, kpi.decimals(), kpi.decimals());
        return kpi.unit() == null || kpi.unit().isBlank() ? n : n + " " + kpi.unit();
    }

    /** A discount factor: four decimals. */
    String factor(double value) {
        return number(value, 4, 4);
    }

    String longDate(LocalDate date) {
        return date == null ? NONE : look.longDate(date);
    }

    String date(LocalDate date) {
        return date == null ? NONE : look.date(date);
    }

    private static boolean exists(Double value) {
        return value != null && Double.isFinite(value);
    }
}
