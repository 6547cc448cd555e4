package io.roadcase.pdf;

import io.roadcase.model.Kpi;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Display rounding of METRICS.md (money whole above 1,000 and 2 decimals below, percentages 1 decimal)
 * in the locale of the settings. Not thread-safe (NumberFormat): one per brief.
 */
final class Formats {

    static final String NONE = "–";

    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;

    Formats(Locale locale) {
        this.locale = locale == null ? Locale.ROOT : locale;
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale);
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale);
    }

    /** Money with the currency symbol of the locale: {@code US$450,000}, {@code €12.50}. */
    String money(Double amount, String currencyCode) {
        if (amount == null || !Double.isFinite(amount)) {
            return NONE;
        }
        Currency currency = currency(currencyCode);
        if (currency == null) {
            return amount(amount) + " " + currencyCode;
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        decimals(f, amount);
        return f.format(amount);
    }

    /** A money amount without symbol, for table columns headed by the currency. */
    String amount(Double amount) {
        if (amount == null || !Double.isFinite(amount)) {
            return NONE;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        decimals(f, amount);
        return f.format(amount);
    }

    /** A fraction as percent with one decimal: 0.3313 gives {@code 33.1%}. */
    String percent(Double fraction) {
        if (fraction == null || !Double.isFinite(fraction)) {
            return NONE;
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(fraction);
    }

    /** A plain number with up to {@code decimals} decimals. */
    String number(Double value, int minDecimals, int maxDecimals) {
        if (value == null || !Double.isFinite(value)) {
            return NONE;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(minDecimals);
        f.setMaximumFractionDigits(maxDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** Years with one decimal: {@code 2.0 years}. */
    String years(Double years) {
        return years == null ? NONE : number(years, 1, 1) + " years";
    }

    /** A KPI value to the KPI's decimals (default up to 2), percent KPIs as percent. */
    String kpiValue(Kpi kpi, Double value) {
        if (value == null) {
            return NONE;
        }
        if (kpi.isPercent()) {
            NumberFormat f = NumberFormat.getPercentInstance(locale);
            int d = kpi.decimals() == null ? 1 : kpi.decimals();
            f.setMinimumFractionDigits(d);
            f.setMaximumFractionDigits(d);
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f.format(value);
        }
        String n = kpi.decimals() == null ? number(value, 0, 2) : number(value, kpi.decimals(), kpi.decimals());
        return kpi.unit() == null || kpi.unit().isBlank() ? n : n + " " + kpi.unit();
    }

    /** A discount factor: four decimals. */
    String factor(double value) {
        return number(value, 4, 4);
    }

    String longDate(LocalDate date) {
        return date == null ? NONE : longDate.format(date);
    }

    String date(LocalDate date) {
        return date == null ? NONE : shortDate.format(date);
    }

    private static void decimals(NumberFormat f, double amount) {
        int d = Math.abs(amount) >= 1000 ? 0 : 2;
        f.setMinimumFractionDigits(d);
        f.setMaximumFractionDigits(d);
        f.setRoundingMode(RoundingMode.HALF_UP);
        if (f instanceof DecimalFormat df) {
            df.setGroupingUsed(true);
        }
    }

    private static Currency currency(String code) {
        try {
            return code == null ? null : Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
