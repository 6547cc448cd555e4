package io.roadcase.site;

import io.roadcase.chart.Theme;
import io.roadcase.model.CaseStatus;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Kpi;
import io.roadcase.model.ObjectiveStatus;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Problem;
import io.roadcase.model.RiskRating;
import io.roadcase.model.RiskStatus;
import io.roadcase.model.Trend;
import io.roadcase.model.Word;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Turns figures into display text in the settings locale (METRICS.md, Rounding). Templates call these
 * methods and never format numbers themselves. Every method shows a missing value as a dash. Numbers
 * go through the one {@link Theme} the charts and PDF briefs use, so a figure reads the same and rounds
 * the same everywhere. Thread-safe: pages are rendered in parallel.
 */
public final class Formats {

    /** Shown for a value that does not exist. */
    public static final String NONE = "—";

    private final Theme theme;
    private final DateTimeFormatter dates;

    public Formats(Theme theme) {
        this.theme = theme;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(theme.locale());
    }

    /** Formats for a locale, with the default look otherwise (tests). */
    public Formats(Locale locale) {
        this(new Theme(Theme.DEFAULT_BRAND, locale == null ? Locale.US : locale, null, 1));
    }

    /** A date in the locale's medium style: {@code 24 Nov 2026} (en-GB). */
    public String date(LocalDate date) {
        return date == null ? NONE : dates.format(date);
    }

    /** A date as {@code 2026-11-24}, for machine-readable attributes such as {@code <time datetime>}. */
    public String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Money without currency: whole units from 1,000 up, cents below, and nothing as a plain 0. */
    public String money(Double amount) {
        if (amount == null) {
            return NONE;
        }
        int decimals = amount == 0 || Math.abs(amount) >= 1000 ? 0 : 2;
        return theme.number(amount, decimals);
    }

    /** Money with its currency code in front: {@code USD 450,000}. */
    public String money(Double amount, String currency) {
        if (amount == null) {
            return NONE;
        }
        return currency == null || currency.isBlank() ? money(amount) : currency + " " + money(amount);
    }

    /** A fraction as a percentage with one decimal: 0.3313 gives {@code 33.1%}. */
    public String percent(Double fraction) {
        return fraction == null ? NONE : theme.percent(fraction, 1);
    }

    /** A percentage with its sign: {@code +2.9%}. */
    public String signedPercent(Double fraction) {
        return fraction == null ? NONE : sign(fraction) + theme.percent(Math.abs(fraction), 1);
    }

    /** A plain number with at most {@code maxDecimals} decimals. */
    public String number(Double value, int maxDecimals) {
        return value == null ? NONE : theme.number(value, 0, maxDecimals);
    }

    /** A priority score (RICE, WSJF): one decimal at most. */
    public String score(Double value) {
        return number(value, 1);
    }

    /** A ratio such as the benefit-cost ratio: two decimals. */
    public String ratio(Double value) {
        return value == null ? NONE : theme.number(value, 2);
    }

    /** A discount factor: four decimals. */
    public String discountFactor(Double value) {
        return value == null ? NONE : theme.number(value, 4);
    }

    /** A scenario factor: {@code ×1.20}. */
    public String factor(Double value) {
        return value == null ? NONE : "×" + theme.number(value, 2);
    }

    /** A duration in years with one decimal: {@code 2.0 years}. */
    public String years(Double years) {
        return years == null ? NONE : theme.number(years, 1) + " years";
    }

    /** A KPI value to the KPI's decimals (default at most 2), as a percentage or with its unit. */
    public String kpiValue(Kpi kpi, Double value) {
        if (value == null) {
            return NONE;
        }
        if (kpi.isPercent()) {
            return theme.percent(value, minDecimals(kpi), maxDecimals(kpi));
        }
        return withUnit(kpi, theme.number(value, minDecimals(kpi), maxDecimals(kpi)));
    }

    /** A change of a KPI value with its sign; a percentage KPI changes in points ({@code +0.1 pp}). */
    public String kpiDelta(Kpi kpi, Double delta) {
        if (delta == null) {
            return NONE;
        }
        if (kpi.isPercent()) {
            return sign(delta) + theme.number(Math.abs(delta) * 100, minDecimals(kpi), maxDecimals(kpi)) + " pp";
        }
        return withUnit(kpi, sign(delta) + theme.number(Math.abs(delta), minDecimals(kpi), maxDecimals(kpi)));
    }

    /** The KPI's decimals when given, else none to two. */
    private static int minDecimals(Kpi kpi) {
        return kpi.decimals() == null ? 0 : kpi.decimals();
    }

    private static int maxDecimals(Kpi kpi) {
        return kpi.decimals() == null ? 2 : kpi.decimals();
    }

    private static String withUnit(Kpi kpi, String number) {
        return kpi.unit() == null || kpi.unit().isBlank() ? number : number + " " + kpi.unit();
    }

    /** Plus for positive, the minus sign for negative, nothing for zero (rounding to zero is not a change). */
    private static String sign(double value) {
        if (value > 0) {
            return "+";
        }
        return value < 0 ? "−" : "";
    }

    /** A status or other canonical word for people: {@code in-progress} gives {@code In progress}. */
    public String label(Object word) {
        if (word == null) {
            return NONE;
        }
        if (word instanceof KpiStatus s) {
            return Theme.kpiStatusWord(s);
        }
        String w = word instanceof Word named ? named.word() : word instanceof Problem.Level level ? level.word()
                : word.toString();
        String spaced = w.replace('-', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /**
     * The colour family of a status, one of {@code good}, {@code warn}, {@code bad}, {@code info},
     * {@code neutral}. Pages always show it together with the word and an icon.
     */
    public String tone(Object status) {
        if (status instanceof KpiStatus s) {
            return switch (s) {
                case GREEN -> "good";
                case AMBER -> "warn";
                case RED -> "bad";
                case NO_TARGET, NO_DATA -> "neutral";
            };
        }
        if (status instanceof InitiativeStatus s) {
            return switch (s) {
                case DONE -> "good";
                case IN_PROGRESS -> "info";
                case AT_RISK -> "warn";
                case BLOCKED -> "bad";
                case PLANNED, CANCELLED -> "neutral";
            };
        }
        if (status instanceof CaseStatus s) {
            return switch (s) {
                case APPROVED, FUNDED -> "good";
                case PROPOSED -> "info";
                case REJECTED -> "bad";
                case DRAFT -> "neutral";
            };
        }
        if (status instanceof RiskRating r) {
            return switch (r) {
                case LOW -> "good";
                case MEDIUM -> "warn";
                case HIGH, CRITICAL -> "bad";
            };
        }
        if (status instanceof Trend t) {
            return switch (t) {
                case IMPROVING -> "good";
                case WORSENING -> "bad";
                case FLAT -> "neutral";
            };
        }
        if (status instanceof ObjectiveStatus o) {
            return switch (o) {
                case ON_TRACK -> "good";
                case AT_RISK -> "warn";
                case OFF_TRACK -> "bad";
            };
        }
        if (status instanceof RiskStatus r) {
            return r == RiskStatus.OPEN ? "warn" : "neutral";
        }
        if (status instanceof Problem.Level level) {
            return switch (level) {
                case ERROR -> "bad";
                case WARNING -> "warn";
                case INFO -> "info";
            };
        }
        return "neutral";
    }

    /** Whether a figure is below zero, so pages can mark negative money. */
    public boolean negative(Double value) {
        return value != null && value < 0;
    }

    /** The place of a problem in words (both places of a two-place problem), or a dash for the whole data set. */
    public String place(Problem problem) {
        String place = problem.place() == null ? NONE : problem.place().toString();
        return problem.other() == null ? place : place + " and " + problem.other();
    }

    /** Whether a link may be shown as a link: http, https and mailto only (a page never runs a script). */
    public boolean linkable(String url) {
        return Markdown.allowed(url);
    }

    /** The locale as a language tag ({@code en-GB}), for the page's {@code lang} attribute. */
    public String languageTag() {
        return theme.locale().toLanguageTag();
    }
}
