package io.roadcase.chart;

import io.roadcase.look.Colours;
import io.roadcase.look.Formats;
import io.roadcase.look.Typefaces;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.RiskRating;
import io.roadcase.model.Settings;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The look as the charts use it: the report's {@link Formats} (every figure a chart shows, the same text
 * as on the site and in the briefs), the {@link Colours} and the {@link Typefaces}. The names here are
 * short aliases for the charts' code; the rules live in the {@code look} package. Thread-safe.
 */
public final class Theme {

    public static final List<Color> PALETTE = Colours.PALETTE;
    public static final Color INK = Colours.INK;
    public static final Color MUTED = Colours.MUTED;
    public static final Color AXIS = Colours.AXIS;
    public static final Color GRID = Colours.GRID;
    public static final Color BAND = Colours.BAND;
    public static final Color BACKGROUND = Colours.BACKGROUND;
    public static final Color GREEN = Colours.GREEN;
    public static final Color AMBER = Colours.AMBER;
    public static final Color RED = Colours.RED;
    public static final Color GREY = Colours.GREY;
    public static final Color COST = Colours.COST;
    public static final Color BENEFIT = Colours.BENEFIT;
    public static final Color DEFAULT_BRAND = Colours.DEFAULT_BRAND;

    /** Shown for a number that is missing or not finite: data.json has null there. */
    public static final String NOT_A_NUMBER = Formats.NONE;

    private final Color brand;
    private final Formats formats;

    public Theme(Color brand, Formats formats) {
        this.brand = brand;
        this.formats = formats;
    }

    /** A theme in a locale (tests). */
    public Theme(Color brand, Locale locale, String currency, int fiscalYearStart) {
        this(brand, new Formats(locale, currency, fiscalYearStart));
    }

    /** The theme a report's settings ask for; unusable settings fall back to the defaults. */
    public static Theme of(Settings settings) {
        return new Theme(Colours.brand(settings), Formats.of(settings));
    }

    public Color brand() {
        return brand;
    }

    /** The one formatter of the report, shared with the site, the briefs and the mail. */
    public Formats formats() {
        return formats;
    }

    public Locale locale() {
        return formats.locale();
    }

    /** Month (1–12) the fiscal year starts in. */
    public int fiscalYearStart() {
        return formats.fiscalYearStart();
    }

    public static Color series(int i) {
        return Colours.series(i);
    }

    public Font regular(float size) {
        return Typefaces.regular(size);
    }

    public Font bold(float size) {
        return Typefaces.bold(size);
    }

    public static String hex(Color c) {
        return Colours.hex(c);
    }

    public static Color tint(Color c, double amount) {
        return Colours.tint(c, amount);
    }

    public static Color kpiStatus(KpiStatus status) {
        return Colours.kpiStatus(status);
    }

    public static Color initiativeStatus(InitiativeStatus status) {
        return Colours.initiativeStatus(status);
    }

    public static Color riskRating(RiskRating rating) {
        return Colours.riskRating(rating);
    }

    /** A number with exactly {@code decimals} decimals. */
    public String number(double value, int decimals) {
        return formats.number(value, decimals, decimals);
    }

    public String number(double value, int minDecimals, int maxDecimals) {
        return formats.number(value, minDecimals, maxDecimals);
    }

    /** Axis ticks only: {@code 450K}. */
    public String compact(double value) {
        return formats.compact(value);
    }

    /** A fraction as a percentage with exactly {@code decimals} decimals. */
    public String percent(double fraction, int decimals) {
        return formats.percent(fraction, decimals, decimals);
    }

    public String percent(double fraction, int minDecimals, int maxDecimals) {
        return formats.percent(fraction, minDecimals, maxDecimals);
    }

    public String money(Double amount, String currencyCode) {
        return formats.money(amount, currencyCode);
    }

    public String date(LocalDate date) {
        return formats.date(date);
    }

    public String longDate(LocalDate date) {
        return formats.longDate(date);
    }

    public String month(LocalDate date) {
        return formats.month(date);
    }

    public String monthYear(LocalDate date) {
        return formats.monthYear(date);
    }

    public String fiscalQuarter(LocalDate quarterStart) {
        return formats.fiscalQuarter(quarterStart);
    }
}
