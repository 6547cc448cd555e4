package io.roadcase.look;

import io.roadcase.model.Kpi;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Problem;
import io.roadcase.model.Settings;
import io.roadcase.model.Word;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one formatter of every displayed figure (METRICS.md, Rounding; the rules are in {@code docs/figures.md},
 * "How figures are shown"): money, percentages, KPI values and their changes, missing values, dates and
 * status words read the same on the site, in the PDF briefs, in the charts and in the mail bodies, in the
 * report's locale. Every method shows a missing value ({@code null}, NaN, ±∞) as {@link #NONE}.
 *
 * <p>Immutable and thread-safe: pages, briefs and charts are formatted in parallel. The JDK's number
 * formats are not thread-safe, so each call formats with a copy of a format built once per shape (building
 * a {@code DecimalFormat} reads locale data and parses a pattern; copying one is several times cheaper, and
 * thousands of labels are formatted per run). Open for the site's page helpers ({@code site.Formats}).
 */
public class Formats {

    /** Shown for a value that does not exist or is not a finite number. */
    public static final String NONE = "—";

    private static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("en-US");

    private final Locale locale;
    private final String currency;
    private final int fiscalYearStart;
    /** Formats built once per shape ({@code "number 0 2"}), copied per call; shared by copies of this object. */
    private final Map<String, NumberFormat> shapes;
    private final DateTimeFormatter mediumDate;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter monthName;
    private final DateTimeFormatter monthYear;

    /**
     * Formats in a locale ({@code null}: en-US), with the currency of money that names none ({@code null}:
     * plain amounts) and the month (1–12, else 1) the fiscal year starts in.
     */
    public Formats(Locale locale, String currency, int fiscalYearStart) {
        this.locale = locale == null ? DEFAULT_LOCALE : locale;
        this.currency = currency == null || currency.isBlank() ? null : currency.strip();
        this.fiscalYearStart = fiscalYearStart < 1 || fiscalYearStart > 12 ? 1 : fiscalYearStart;
        this.shapes = new ConcurrentHashMap<>();
        this.mediumDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale);
        this.monthName = DateTimeFormatter.ofPattern("MMM", this.locale);
        this.monthYear = DateTimeFormatter.ofPattern("MMM yyyy", this.locale);
    }

    /** The same formats (for a subclass that adds helpers). */
    protected Formats(Formats same) {
        this.locale = same.locale;
        this.currency = same.currency;
        this.fiscalYearStart = same.fiscalYearStart;
        this.shapes = same.shapes;
        this.mediumDate = same.mediumDate;
        this.longDate = same.longDate;
        this.monthName = same.monthName;
        this.monthYear = same.monthYear;
    }

    /** The formats a report's settings ask for: its locale, currency and fiscal year. */
    public static Formats of(Settings settings) {
        return new Formats(settings.locale(), settings.currency(), settings.fiscalYearStart());
    }

    public Locale locale() {
        return locale;
    }

    /** The locale as a language tag ({@code en-GB}), for the page's {@code lang} attribute. */
    public String languageTag() {
        return locale.toLanguageTag();
    }

    /** Month (1–12) the fiscal year starts in. */
    public int fiscalYearStart() {
        return fiscalYearStart;
    }

    // ---- numbers -------------------------------------------------------------------------------------------

    /** A plain number with at most {@code maxDecimals} decimals: {@code 1,234.5}. */
    public String number(Double value, int maxDecimals) {
        return number(value, 0, maxDecimals);
    }

    /** A number with between {@code minDecimals} and {@code maxDecimals} decimals: {@code 2.5}, {@code 2.25}. */
    public String number(Double value, int minDecimals, int maxDecimals) {
        return format(copy("number " + minDecimals + " " + maxDecimals,
                l -> decimals(NumberFormat.getNumberInstance(l), minDecimals, maxDecimals)), value);
    }

    /**
     * The short form of an axis tick only: {@code 1.2M}, {@code 450K}, {@code 12}. A value a reader is told
     * (a label, a description, a table) is never abbreviated.
     */
    public String compact(Double value) {
        if (!exists(value)) {
            return NONE;
        }
        double v = value;
        if (Math.abs(v) < 1000) {
            int d = Math.abs(v) < 10 && v != Math.rint(v) ? 1 : 0;
            return number(v, d, d);
        }
        // The compact format ignores fraction digits for BigDecimal input: format the double. Its
        // clone() shares the inner DecimalFormat (JDK 17), so copies are not independent: one format,
        // one caller at a time (seen as "3M" for 1.7M when two charts were drawn at once).
        NumberFormat compact = shared("compact",
                l -> decimals(NumberFormat.getCompactNumberInstance(l, NumberFormat.Style.SHORT), 0, 1));
        synchronized (compact) {
            return compact.format(v);
        }
    }

    /** A fraction as a percentage with one decimal: 0.3313 gives {@code 33.1%}. */
    public String percent(Double fraction) {
        return percent(fraction, 1, 1);
    }

    /** A fraction as a percentage with between {@code minDecimals} and {@code maxDecimals} decimals. */
    public String percent(Double fraction, int minDecimals, int maxDecimals) {
        return format(copy("percent " + minDecimals + " " + maxDecimals,
                l -> decimals(NumberFormat.getPercentInstance(l), minDecimals, maxDecimals)), fraction);
    }

    /** A percentage with its sign: {@code +2.9%}. */
    public String signedPercent(Double fraction) {
        return exists(fraction) ? sign(fraction) + percent(Math.abs(fraction)) : NONE;
    }

    /** A change of a percentage in points, one decimal, with its sign: 0.025 gives {@code +2.5 pp}. */
    public String signedPoints(Double change) {
        return exists(change) ? sign(change) + number(Math.abs(change) * 100, 1, 1) + " pp" : NONE;
    }

    /** A priority score (RICE, WSJF): one decimal at most. */
    public String score(Double value) {
        return number(value, 1);
    }

    /** A ratio such as the benefit-cost ratio: two decimals. */
    public String ratio(Double value) {
        return number(value, 2, 2);
    }

    /** A discount factor: four decimals. */
    public String discountFactor(Double value) {
        return number(value, 4, 4);
    }

    /** A scenario factor: {@code ×1.20}. */
    public String factor(Double value) {
        return exists(value) ? "×" + number(value, 2, 2) : NONE;
    }

    /** A duration in years with one decimal: {@code 2.0 years}. */
    public String years(Double years) {
        return exists(years) ? number(years, 1, 1) + " years" : NONE;
    }

    // ---- money ---------------------------------------------------------------------------------------------

    /**
     * An amount without its currency, for columns headed by it: whole units from 1,000 up, the currency's
     * decimals below (two for most), and nothing as a plain {@code 0}.
     */
    public String money(Double amount) {
        return amount(amount, 2);
    }

    /**
     * Money with its ISO currency code in front, in every locale and for every currency (a symbol such as
     * {@code $} is ambiguous, and many currencies have none): {@code USD 450,000}, {@code BDT 539,726},
     * {@code USD -1,250}. A blank code means the report's currency.
     */
    public String money(Double amount, String currencyCode) {
        if (!exists(amount)) {
            return NONE;
        }
        String code = currencyCode == null || currencyCode.isBlank() ? currency : currencyCode.strip();
        if (code == null) {
            return money(amount);
        }
        return code + " " + amount(amount, fractionDigits(code));
    }

    /** Money with its sign, for a change: {@code +USD 50,000}, {@code −USD 1,250}. */
    public String signedMoney(Double change, String currencyCode) {
        return exists(change) ? sign(change) + money(Math.abs(change), currencyCode) : NONE;
    }

    private String amount(Double amount, int smallDecimals) {
        if (!exists(amount)) {
            return NONE;
        }
        int decimals = amount == 0 || Math.abs(amount) >= 1000 ? 0 : smallDecimals;
        return number(amount, decimals, decimals);
    }

    /** The decimals a currency has (JPY none, most two); two for a code the JDK does not know. */
    private static int fractionDigits(String code) {
        try {
            int digits = Currency.getInstance(code).getDefaultFractionDigits();
            return digits < 0 ? 2 : Math.min(digits, 2);
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    // ---- KPIs ----------------------------------------------------------------------------------------------

    /**
     * A KPI value to the KPI's decimals (default: none to two), as a percentage for a {@code %} KPI or with
     * its unit: {@code 12.35%}, {@code 420 ms}.
     */
    public String kpiValue(Kpi kpi, Double value) {
        if (!exists(value)) {
            return NONE;
        }
        if (kpi.isPercent()) {
            return percent(value, minDecimals(kpi), maxDecimals(kpi));
        }
        return withUnit(kpi, number(value, minDecimals(kpi), maxDecimals(kpi)));
    }

    /** A change of a KPI value with its sign; a percentage KPI changes in points ({@code +0.1 pp}). */
    public String kpiDelta(Kpi kpi, Double delta) {
        if (!exists(delta)) {
            return NONE;
        }
        if (kpi.isPercent()) {
            return sign(delta) + number(Math.abs(delta) * 100, minDecimals(kpi), maxDecimals(kpi)) + " pp";
        }
        return withUnit(kpi, sign(delta) + number(Math.abs(delta), minDecimals(kpi), maxDecimals(kpi)));
    }

    private static int minDecimals(Kpi kpi) {
        return kpi.decimals() == null ? 0 : kpi.decimals();
    }

    private static int maxDecimals(Kpi kpi) {
        return kpi.decimals() == null ? 2 : kpi.decimals();
    }

    private static String withUnit(Kpi kpi, String number) {
        return kpi.unit() == null || kpi.unit().isBlank() ? number : number + " " + kpi.unit();
    }

    /** Plus for positive, the minus sign (U+2212) for negative, nothing for zero or a missing value. */
    public static String sign(Double value) {
        if (value == null || value == 0 || value.isNaN()) {
            return "";
        }
        return value > 0 ? "+" : "−";
    }

    // ---- dates ---------------------------------------------------------------------------------------------

    /** A date in the locale's medium style: {@code Nov 24, 2026} (en-US), {@code 24 Nov 2026} (en-GB). */
    public String date(LocalDate date) {
        return date == null ? NONE : mediumDate.format(date);
    }

    /** A date written out in the locale: {@code November 24, 2026}. */
    public String longDate(LocalDate date) {
        return date == null ? NONE : longDate.format(date);
    }

    /** A date as {@code 2026-11-24}, for machine-readable attributes such as {@code <time datetime>}. */
    public String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A short month name in the locale: {@code Nov}. */
    public String month(LocalDate date) {
        return date == null ? NONE : monthName.format(date);
    }

    /** A month and year for time axes: {@code Nov 2026}. */
    public String monthYear(LocalDate date) {
        return date == null ? NONE : monthYear.format(date);
    }

    /**
     * Fiscal quarter label of the quarter starting at {@code date}: {@code Q1 FY27}; a fiscal year is
     * named by the calendar year it ends in, and a calendar fiscal year gives {@code Q1 2027}.
     */
    public String fiscalQuarter(LocalDate quarterStart) {
        int monthsIn = Math.floorMod(quarterStart.getMonthValue() - fiscalYearStart, 12);
        int quarter = monthsIn / 3 + 1;
        if (fiscalYearStart == 1) {
            return "Q" + quarter + " " + quarterStart.getYear();
        }
        int endYear = quarterStart.minusMonths(monthsIn).plusMonths(11).getYear();
        return "Q" + quarter + " FY" + String.format(Locale.ROOT, "%02d", endYear % 100);
    }

    // ---- words ---------------------------------------------------------------------------------------------

    /** A status or other canonical word for people: {@code in-progress} gives {@code In progress}. */
    public String label(Object word) {
        return word(word);
    }

    /**
     * A status or other canonical word for people, the same in every output: {@code in-progress} gives
     * {@code In progress}, a KPI's {@code red} gives {@code Off target}; nothing gives {@link #NONE}.
     */
    public static String word(Object word) {
        if (word == null) {
            return NONE;
        }
        if (word instanceof KpiStatus s) {
            return switch (s) {
                case GREEN -> "On target";
                case AMBER -> "Near target";
                case RED -> "Off target";
                case NO_TARGET -> "No target";
                case NO_DATA -> "No data";
            };
        }
        String w = word instanceof Word named ? named.word()
                : word instanceof Problem.Level level ? level.word() : word.toString();
        String spaced = w.replace('-', ' ');
        return spaced.isEmpty() ? spaced : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    // ---- the number formats --------------------------------------------------------------------------------

    private static boolean exists(Double value) {
        return value != null && Double.isFinite(value);
    }

    /**
     * Rounds half up on the shortest decimal form of the value (0.0525 → 5.3 %), as spreadsheets show it,
     * rather than on its binary approximation with the JDK's half-even default.
     */
    private static String format(NumberFormat f, Double value) {
        if (!exists(value)) {
            return NONE;
        }
        BigDecimal exact = BigDecimal.valueOf(value);
        String text = f.format(exact);
        if (exact.signum() < 0) {
            // A small negative amount that rounds to zero is zero, not "-0.00".
            String positive = f.format(exact.negate());
            if (positive.codePoints().noneMatch(c -> Character.digit(c, 10) > 0)) {
                return positive;
            }
        }
        return text;
    }

    /** A copy of the format of this shape (formats are not thread-safe). */
    private NumberFormat copy(String shape, Function<Locale, NumberFormat> make) {
        return (NumberFormat) shared(shape, make).clone();
    }

    /** The one format of this shape, rounding half up, built on first use; {@code make} gets the locale. */
    private NumberFormat shared(String shape, Function<Locale, NumberFormat> make) {
        return shapes.computeIfAbsent(shape, k -> {
            NumberFormat f = make.apply(locale);
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f;
        });
    }

    private static NumberFormat decimals(NumberFormat f, int minDecimals, int maxDecimals) {
        f.setMinimumFractionDigits(minDecimals);
        f.setMaximumFractionDigits(maxDecimals);
        return f;
    }
}
