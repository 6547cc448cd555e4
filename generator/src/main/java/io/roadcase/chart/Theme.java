package io.roadcase.chart;

import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.RiskRating;
import io.roadcase.model.Settings;
import io.roadcase.model.Word;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one look of Roadcase: colour-blind-safe palette (Okabe–Ito), status colours, the brand colour,
 * the bundled DejaVu fonts and number formats in the report's locale. Thread-safe: the JDK's number
 * formats are not, so each call formats with a copy of a format built once per shape (building a
 * {@code DecimalFormat} reads locale data and parses a pattern; copying one is several times cheaper,
 * and thousands of labels are formatted per run).
 */
public final class Theme {

    static {
        // Charts never need a display; without this a host with no X server fails on the first font.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Okabe–Ito colours, in the order series use them (yellow last: weak on white). */
    public static final List<Color> PALETTE = List.of(
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00), new Color(0x000000), new Color(0xF0E442));

    public static final Color INK = new Color(0x1F2933);
    public static final Color MUTED = new Color(0x5F6B7A);
    public static final Color AXIS = new Color(0x9AA5B1);
    public static final Color GRID = new Color(0xE4E7EB);
    public static final Color BAND = new Color(0xF5F7FA);
    public static final Color BACKGROUND = Color.WHITE;

    /** Status colours; every chart also says the status in words. */
    public static final Color GREEN = new Color(0x009E73);
    public static final Color AMBER = new Color(0xE69F00);
    public static final Color RED = new Color(0xD55E00);
    public static final Color GREY = new Color(0x8D96A0);

    /** Money going out and coming in. */
    public static final Color COST = new Color(0xD55E00);
    public static final Color BENEFIT = new Color(0x009E73);

    /** The bundled fonts, on the class path (the templates module); the PDF briefs embed the same files. */
    public static final String FONT_FOLDER = "/io/roadcase/templates/assets/fonts/";
    public static final String REGULAR_FONT = "DejaVuSans.ttf";
    public static final String BOLD_FONT = "DejaVuSans-Bold.ttf";

    private static final Font REGULAR = load(REGULAR_FONT);
    private static final Font BOLD = load(BOLD_FONT);
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    /** The brand colour when the settings name none. */
    public static final Color DEFAULT_BRAND = new Color(0x1F5FAD);

    private final Color brand;
    private final Locale locale;
    private final String currency;
    private final int fiscalYearStart;
    /** Formats built once per shape ({@code "number 0 2"}), copied per call. */
    private final Map<String, NumberFormat> formats = new ConcurrentHashMap<>();

    public Theme(Color brand, Locale locale, String currency, int fiscalYearStart) {
        this.brand = brand;
        this.locale = locale;
        this.currency = currency;
        this.fiscalYearStart = fiscalYearStart < 1 || fiscalYearStart > 12 ? 1 : fiscalYearStart;
    }

    /** The theme a report's settings ask for; unusable settings fall back to the defaults. */
    public static Theme of(Settings settings) {
        String hex = settings.brandColor();
        Color brand = hex != null && HEX.matcher(hex).matches() ? new Color(Integer.parseInt(hex.substring(1), 16))
                : DEFAULT_BRAND;
        Locale locale = settings.locale() == null ? Locale.forLanguageTag("en-US") : settings.locale();
        return new Theme(brand, locale, settings.currency(), settings.fiscalYearStart());
    }

    private static Font load(String file) {
        try (InputStream in = Theme.class.getResourceAsStream(FONT_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + FONT_FOLDER + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font unreadable: " + file, e);
        }
    }

    public Color brand() {
        return brand;
    }

    public Locale locale() {
        return locale;
    }

    /** Month (1–12) the fiscal year starts in. */
    public int fiscalYearStart() {
        return fiscalYearStart;
    }

    /** The i-th series colour, cycling. */
    public static Color series(int i) {
        return PALETTE.get(Math.floorMod(i, PALETTE.size()));
    }

    public Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    /** The bold face, flagged bold so SVG says {@code font-weight:bold} (no synthetic emboldening: the face is bold). */
    public Font bold(float size) {
        return BOLD.deriveFont(Font.BOLD, size);
    }

    /** A colour as CSS writes it: {@code #1f5fad}. */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** A colour mixed with white: {@code amount} 0 keeps it, 1 gives white. */
    public static Color tint(Color c, double amount) {
        return new Color(mix(c.getRed(), amount), mix(c.getGreen(), amount), mix(c.getBlue(), amount));
    }

    private static int mix(int v, double amount) {
        return (int) Math.round(v + (255 - v) * amount);
    }

    public static Color kpiStatus(KpiStatus status) {
        if (status == null) {
            return GREY;
        }
        return switch (status) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            case NO_TARGET, NO_DATA -> GREY;
        };
    }

    /** The status in words, as pages say it. */
    public static String kpiStatusWord(KpiStatus status) {
        if (status == null) {
            return "No data";
        }
        return switch (status) {
            case GREEN -> "On target";
            case AMBER -> "Near target";
            case RED -> "Off target";
            case NO_TARGET -> "No target";
            case NO_DATA -> "No data";
        };
    }

    public static Color initiativeStatus(InitiativeStatus status) {
        if (status == null) {
            return GREY;
        }
        return switch (status) {
            case PLANNED -> new Color(0x56B4E9);
            case IN_PROGRESS -> new Color(0x0072B2);
            case DONE -> GREEN;
            case AT_RISK -> AMBER;
            case BLOCKED -> RED;
            case CANCELLED -> GREY;
        };
    }

    /** {@code in-progress} as {@code In progress}. */
    public static String words(Word word) {
        if (word == null) {
            return "";
        }
        String w = word.word().replace('-', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Cell colours of the risk heat map: light enough to carry dark labels. */
    public static Color riskRating(RiskRating rating) {
        return switch (rating) {
            case LOW -> new Color(0xD4EFE5);
            case MEDIUM -> new Color(0xFBEBC4);
            case HIGH -> new Color(0xF6C9A6);
            case CRITICAL -> new Color(0xEE9E84);
        };
    }

    /**
     * Rounds half up on the shortest decimal form of the value (0.0525 → 5.3 %), as spreadsheets
     * show it, rather than on its binary approximation with the JDK's half-even default.
     */
    /** Shown for a number that is not finite: data.json has null there, so no page or brief shows ∞ or NaN. */
    public static final String NOT_A_NUMBER = "—";

    private static String format(NumberFormat f, double value) {
        return Double.isFinite(value) ? f.format(BigDecimal.valueOf(value)) : NOT_A_NUMBER;
    }

    /** A copy of the format of this shape (formats are not thread-safe). */
    private NumberFormat copy(String shape, Function<Locale, NumberFormat> make) {
        return (NumberFormat) shared(shape, make).clone();
    }

    /** The one format of this shape, rounding half up, built on first use; {@code make} gets the locale. */
    private NumberFormat shared(String shape, Function<Locale, NumberFormat> make) {
        return formats.computeIfAbsent(shape, k -> {
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

    /** A whole number or decimal in the locale: {@code 1,234.5}. */
    public String number(double value, int decimals) {
        return number(value, decimals, decimals);
    }

    /** A number with between {@code minDecimals} and {@code maxDecimals} decimals: {@code 2.5}, {@code 2.25}. */
    public String number(double value, int minDecimals, int maxDecimals) {
        return format(copy("number " + minDecimals + " " + maxDecimals,
                l -> decimals(NumberFormat.getNumberInstance(l), minDecimals, maxDecimals)), value);
    }

    /** Axis and label form: {@code 1.2M}, {@code 450K}, {@code 12}. */
    public String compact(double value) {
        if (!Double.isFinite(value)) {
            return NOT_A_NUMBER;
        }
        if (Math.abs(value) < 1000) {
            return number(value, Math.abs(value) < 10 && value != Math.rint(value) ? 1 : 0);
        }
        // The compact format ignores fraction digits for BigDecimal input: format the double. Its
        // clone() shares the inner DecimalFormat (JDK 17), so copies are not independent: one format,
        // one caller at a time (seen as "3M" for 1.7M when two charts were drawn at once).
        NumberFormat compact = shared("compact",
                l -> decimals(NumberFormat.getCompactNumberInstance(l, NumberFormat.Style.SHORT), 0, 1));
        synchronized (compact) {
            return compact.format(value);
        }
    }

    /** A fraction as percent: 0.123 with 1 decimal gives {@code 12.3%}. */
    public String percent(double fraction, int decimals) {
        return percent(fraction, decimals, decimals);
    }

    /** A fraction as percent with between {@code minDecimals} and {@code maxDecimals} decimals. */
    public String percent(double fraction, int minDecimals, int maxDecimals) {
        return format(copy("percent " + minDecimals + " " + maxDecimals,
                l -> decimals(NumberFormat.getPercentInstance(l), minDecimals, maxDecimals)), fraction);
    }

    /** Money in a currency, whole units above 1,000 (METRICS.md, Rounding). */
    public String money(double amount, String currencyCode) {
        String code = currencyCode == null || currencyCode.isBlank() ? currency : currencyCode;
        int decimals = Math.abs(amount) >= 1000 ? 0 : 2;
        NumberFormat f;
        try {
            Currency known = Currency.getInstance(code);
            f = copy("money " + known.getCurrencyCode() + " " + decimals, l -> {
                NumberFormat m = NumberFormat.getCurrencyInstance(l);
                m.setCurrency(known);
                return decimals(m, decimals, decimals);
            });
        } catch (IllegalArgumentException | NullPointerException e) {
            // An unknown code (a typo in the sheet) still shows, before a plain number.
            return (code == null ? "" : code + " ") + number(amount, decimals);
        }
        return format(f, amount);
    }

    /** Money for a bar label: the currency code and a compact amount, {@code USD 214.2K}. */
    public String compactMoney(double amount, String currencyCode) {
        String code = currencyCode == null || currencyCode.isBlank() ? currency : currencyCode;
        return (code == null ? "" : code + " ") + compact(amount);
    }

    /** A date as pages show it in the locale: {@code 24 Nov 2026}. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A date written out in the locale: {@code November 24, 2026}. */
    public String longDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A short month name in the locale: {@code Nov}. */
    public String month(LocalDate date) {
        return DateTimeFormatter.ofPattern("MMM", locale).format(date);
    }

    /** A month and year for time axes: {@code Nov 2026}. */
    public String monthYear(LocalDate date) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(date);
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
}
