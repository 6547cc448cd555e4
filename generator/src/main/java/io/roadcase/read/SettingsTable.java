package io.roadcase.read;

import io.roadcase.model.MailSettings;
import io.roadcase.model.PageSize;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.model.Settings;
import io.roadcase.source.Cell;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The optional {@code settings} table: {@code key} and {@code value} columns. Read before every other
 * table, since {@code date_format}, {@code currency} and {@code discount_rate} change how they are read.
 */
public final class SettingsTable extends Table<SettingsTable.Entry> {

    public static final Vocabulary<PageSize> PAGE_SIZES = Vocabulary.of(PageSize.A4, "A4")
            .and(PageSize.LETTER, "Letter");

    public static final Column KEY = Column.of("key", ColumnType.TEXT).asRequired().aliases("setting")
            .notes("one of the keys below");
    public static final Column VALUE = Column.of("value", ColumnType.TEXT).asRequired();

    public static final Column TITLE = Column.of("title", ColumnType.TEXT)
            .notes("title of the site and briefs; default: Roadmap and business cases");
    public static final Column ORGANIZATION = Column.of("organization", ColumnType.TEXT).aliases("organisation");
    public static final Column CURRENCY = Column.of("currency", ColumnType.TEXT)
            .notes("ISO 4217 code of funding cases without one; default USD");
    public static final Column DISCOUNT_RATE = Column.of("discount_rate", ColumnType.PERCENT)
            .notes("annual rate of funding cases without one; default 10 %");
    public static final Column REPORT_DATE = Column.of("report_date", ColumnType.END_DATE)
            .notes("the date the report is as of; default: the --report-date option, else today");
    public static final Column FISCAL_YEAR_START = Column.of("fiscal_year_start", ColumnType.WHOLE_NUMBER)
            .notes("month 1–12; default 1");
    public static final Column LOCALE = Column.of("locale", ColumnType.TEXT)
            .notes("e.g. en-GB, for number and date display; default en-US");
    public static final Column DATE_FORMAT = Column.of("date_format", ColumnType.TEXT)
            .notes("e.g. dd/MM/yyyy, for text dates such as 03/04/2026 (Java DateTimeFormatter pattern)");
    public static final Column CONFIDENTIALITY = Column.of("confidentiality", ColumnType.TEXT)
            .notes("footer label, e.g. Internal");
    public static final Column BRAND_COLOR = Column.of("brand_color", ColumnType.TEXT).aliases("brand_colour")
            .notes("#RRGGBB; default #1f5fad");
    public static final Column LOGO = Column.of("logo", ColumnType.TEXT)
            .notes("path relative to the data directory; png, jpg or svg");
    public static final Column SENSITIVITY = Column.of("sensitivity", ColumnType.PERCENT)
            .notes("swing of the tornado chart; default 20 %");
    public static final Column PAGE_SIZE = Column.of("page_size", ColumnType.ENUM).words(PAGE_SIZES)
            .notes("paper of the PDF briefs; default A4");
    public static final Column KPI_YEAR = Column.of("kpi_year", ColumnType.WHOLE_NUMBER)
            .notes("year of month headers without one (Jan, Feb…) in the wide kpi_values layout, when no row"
                    + " above the header gives it");

    /** Read by {@link StatusMap}, not into {@link Settings}: it only changes how status cells are read. */
    public static final Column STATUS_MAP = Column.of("status_map", ColumnType.TEXT).aliases("status_mapping")
            .notes("your own status words, e.g. Erledigt=done; In Arbeit=in-progress; Wartet=blocked");

    /** Read by the tool exports ({@link ExportSink}), not kept in {@link Settings}. */
    public static final Column ISSUE_TYPES = Column.of("issue_types", ColumnType.TEXT)
            .notes("the issue types of a tool export (Jira, Azure DevOps, …) shown on the roadmap, e.g. Epic, Feature;"
                    + " * for all; default: epics and initiatives when the export has them, else all but sub-tasks");

    public static final Column SITE_URL = Column.of("site_url", ColumnType.TEXT)
            .notes("where the output folder is published, e.g. https://reports.example.com/roadmap/; messages link to it");
    public static final Column MAIL_FROM = Column.of("mail_from", ColumnType.TEXT)
            .notes("sender of roadcase mail, e.g. Product Office <product@example.com>; required to send");
    public static final Column MAIL_REPLY_TO = Column.of("mail_reply_to", ColumnType.TEXT)
            .notes("where replies to roadcase mail go");
    public static final Column MAIL_SUBJECT = Column.of("mail_subject", ColumnType.TEXT)
            .notes("subject of roadcase mail; default: the title and the report date");
    public static final Column MAIL_MAX_SIZE = Column.of("mail_max_size", ColumnType.TEXT)
            .notes("largest message with briefs attached, e.g. 10 MB or 500 KB (a bare number is MB); default 10 MB");

    /** Every key the table accepts, in docs order. */
    public static final List<Column> KEYS = List.of(TITLE, ORGANIZATION, CURRENCY, DISCOUNT_RATE, REPORT_DATE,
            FISCAL_YEAR_START, LOCALE, DATE_FORMAT, CONFIDENTIALITY, BRAND_COLOR, LOGO, SENSITIVITY, PAGE_SIZE,
            KPI_YEAR, STATUS_MAP, ISSUE_TYPES, SITE_URL, MAIL_FROM, MAIL_REPLY_TO, MAIL_SUBJECT, MAIL_MAX_SIZE);

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Za-z]{3}");
    /** An address, alone or after a display name in angle brackets. */
    private static final Pattern MAILBOX =
            Pattern.compile("(?:[^<>@\"]*<)?[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]+>?");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

    public SettingsTable() {
        super("settings", List.of(), "Optional. Two columns, key and value, one setting per row.", KEY, VALUE);
    }

    /** One setting row: the key as written, its value cell, and their places. */
    public record Entry(String key, Cell value, Place keyPlace, Place valuePlace) {
    }

    @Override
    protected Entry read(Row row) {
        String key = row.text(KEY);
        if (key == null) {
            return null;
        }
        return new Entry(key, row.cell(VALUE), row.place(KEY), row.place(VALUE));
    }

    /** The settings the entries give, defaults for the rest; unknown keys warn, repeated keys are errors. */
    static Settings build(List<Entry> entries, List<Problem> problems) {
        Map<String, Column> byKey = new HashMap<>();
        for (Column key : KEYS) {
            key.spellings().forEach(s -> byKey.put(LooseNames.key(s), key));
        }
        Map<Column, Entry> seen = new HashMap<>();
        Settings d = Settings.DEFAULTS;
        String title = d.title();
        String organization = d.organization();
        String currency = d.currency();
        double discountRate = d.discountRate();
        LocalDate reportDate = d.reportDate();
        int fiscalYearStart = d.fiscalYearStart();
        Locale locale = d.locale();
        String dateFormat = d.dateFormat();
        String confidentiality = d.confidentiality();
        String brandColor = d.brandColor();
        String logo = d.logo();
        double sensitivity = d.sensitivity();
        PageSize pageSize = d.pageSize();
        Integer kpiYear = d.kpiYear();
        String siteUrl = d.siteUrl();
        MailSettings mail = d.mail();
        for (Entry entry : entries) {
            Column key = byKey.get(LooseNames.key(entry.key()));
            if (key == null) {
                problems.add(Problem.warning(entry.keyPlace(), "unknown setting " + FoundText.quoted(entry.key())
                        + " is ignored; known settings: "
                        + KEYS.stream().map(Column::name).collect(Collectors.joining(", "))));
                continue;
            }
            Entry first = seen.putIfAbsent(key, entry);
            if (first != null) {
                problems.add(new Problem(Problem.Level.ERROR, entry.keyPlace(), first.keyPlace(),
                        "setting " + key.name() + " is given twice; keep one row"));
                continue;
            }
            Cell cell = entry.value();
            // A formula without a saved result is an error already (its sheet's scan): no default stands in
            // for it, since the run fails.
            if (cell.isBlank() || cell.kind() == Cell.Kind.FORMULA) {
                continue;
            }
            try {
                if (key == TITLE) {
                    title = TextCells.text(cell);
                } else if (key == ORGANIZATION) {
                    organization = TextCells.text(cell);
                } else if (key == CURRENCY) {
                    currency = currency(cell);
                } else if (key == DISCOUNT_RATE) {
                    discountRate = NumberCells.discountRate(cell);
                } else if (key == REPORT_DATE) {
                    reportDate = DateCells.date(cell, DateCells.Role.END, null);
                } else if (key == FISCAL_YEAR_START) {
                    fiscalYearStart = month(cell);
                } else if (key == LOCALE) {
                    locale = locale(cell);
                } else if (key == DATE_FORMAT) {
                    dateFormat = dateFormat(cell);
                } else if (key == CONFIDENTIALITY) {
                    confidentiality = TextCells.text(cell);
                } else if (key == BRAND_COLOR) {
                    brandColor = color(cell);
                } else if (key == LOGO) {
                    logo = logo(cell);
                } else if (key == SENSITIVITY) {
                    sensitivity = NumberCells.percent(cell);
                } else if (key == PAGE_SIZE) {
                    pageSize = PAGE_SIZES.parse(cell);
                } else if (key == KPI_YEAR) {
                    kpiYear = year(cell);
                } else if (key == SITE_URL) {
                    siteUrl = siteUrl(cell);
                } else if (key == MAIL_FROM) {
                    mail = new MailSettings(mailbox(cell), mail.replyTo(), mail.subject(), mail.maxSize());
                } else if (key == MAIL_REPLY_TO) {
                    mail = new MailSettings(mail.from(), mailbox(cell), mail.subject(), mail.maxSize());
                } else if (key == MAIL_SUBJECT) {
                    mail = new MailSettings(mail.from(), mail.replyTo(), TextCells.text(cell), mail.maxSize());
                } else if (key == MAIL_MAX_SIZE) {
                    mail = new MailSettings(mail.from(), mail.replyTo(), mail.subject(), size(cell));
                }
            } catch (BadCell e) {
                problems.add(Problem.error(entry.valuePlace(), "setting " + key.name() + ": " + e.getMessage()));
            }
        }
        return new Settings(title, organization, currency, discountRate, reportDate, fiscalYearStart, locale,
                dateFormat, confidentiality, brandColor, logo, sensitivity, pageSize, kpiYear, siteUrl, mail);
    }

    /** Where the setting {@code key} is given (its value cell), or null when the entries do not give it. */
    static Place placeOf(List<Entry> entries, Column key) {
        for (Entry entry : entries) {
            if (key.spellings().stream().anyMatch(s -> LooseNames.key(s).equals(LooseNames.key(entry.key())))) {
                return entry.valuePlace();
            }
        }
        return null;
    }

    /** The compiled date_format, or null when the settings have none. */
    static DateTimeFormatter dateFormatter(Settings settings) {
        return settings.dateFormat() == null ? null : DateCells.format(settings.dateFormat());
    }

    private static String currency(Cell cell) throws BadCell {
        String code = TextCells.text(cell);
        if (!CURRENCY_CODE.matcher(code).matches()) {
            throw FoundText.expected("a three-letter currency code such as USD or EUR", cell);
        }
        return code.toUpperCase(Locale.ROOT);
    }

    private static int month(Cell cell) throws BadCell {
        Integer month = NumberCells.whole(cell, "a month number from 1 to 12");
        if (month < 1 || month > 12) {
            throw FoundText.expected("a month number from 1 to 12", cell);
        }
        return month;
    }

    private static int year(Cell cell) throws BadCell {
        String rule = "a year from " + PeriodColumns.FIRST_YEAR + " to " + PeriodColumns.LAST_YEAR + ", such as 2026";
        Integer year = NumberCells.whole(cell, rule);
        if (year < PeriodColumns.FIRST_YEAR || year > PeriodColumns.LAST_YEAR) {
            throw FoundText.expected(rule, cell);
        }
        return year;
    }

    private static Locale locale(Cell cell) throws BadCell {
        Locale locale = Locale.forLanguageTag(TextCells.text(cell).replace('_', '-'));
        if (locale.getLanguage().isEmpty()) {
            throw FoundText.expected("a language tag such as en-GB or de-DE", cell);
        }
        return locale;
    }

    private static String dateFormat(Cell cell) throws BadCell {
        String pattern = TextCells.text(cell);
        try {
            DateTimeFormatter format = DateCells.format(pattern);
            // A pattern must name a whole day: formatting a date and reading it back proves it.
            LocalDate probe = LocalDate.of(2026, 3, 15);
            if (!LocalDate.parse(format.format(probe), format).equals(probe)) {
                throw FoundText.expected("a date pattern such as dd/MM/yyyy", cell);
            }
        } catch (RuntimeException e) {
            throw FoundText.expected("a date pattern with day, month and year such as dd/MM/yyyy or MM/dd/yyyy", cell);
        }
        return pattern;
    }

    private static String color(Cell cell) throws BadCell {
        String color = TextCells.text(cell);
        if (!COLOR.matcher(color).matches()) {
            throw FoundText.expected("a colour such as #1f5fad (# and six hex digits)", cell);
        }
        return color.toLowerCase(Locale.ROOT);
    }

    /** An http or https address, ending with / so that page paths resolve below it. */
    private static String siteUrl(Cell cell) throws BadCell {
        String url = TextCells.text(cell);
        String lower = url.toLowerCase(Locale.ROOT);
        boolean web = (lower.startsWith("https://") || lower.startsWith("http://")) && url.indexOf('.', 8) > 0
                && url.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>');
        if (!web) {
            throw FoundText.expected("the address the site is published at, such as https://reports.example.com/roadmap/",
                    cell);
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static String mailbox(Cell cell) throws BadCell {
        String text = TextCells.text(cell);
        if (!MAILBOX.matcher(text).matches()) {
            throw FoundText.expected("an address such as product@example.com or Product Office <product@example.com>",
                    cell);
        }
        return text;
    }

    private static long size(Cell cell) throws BadCell {
        String text = TextCells.text(cell).trim();
        var m = SIZE.matcher(text);
        if (!m.matches()) {
            throw FoundText.expected("a size such as 10 MB or 500 KB", cell);
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "MB" : m.group(2).toUpperCase(Locale.ROOT);
        long factor = switch (unit) {
            case "B" -> 1L;
            case "KB" -> 1024L;
            case "GB" -> 1024L * 1024 * 1024;
            default -> 1024L * 1024;
        };
        long bytes = (long) (number * factor);
        if (bytes < 1024) {
            throw FoundText.expected("a size of at least 1 KB, such as 10 MB", cell);
        }
        return bytes;
    }

    private static String logo(Cell cell) throws BadCell {
        String path = TextCells.text(cell).replace('\\', '/');
        String lower = path.toLowerCase(Locale.ROOT);
        boolean image = lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")
                || lower.endsWith(".gif") || lower.endsWith(".webp") || lower.endsWith(".svg");
        boolean inside = !path.startsWith("/") && !path.contains(":") && !List.of(path.split("/")).contains("..");
        if (!image || !inside) {
            throw FoundText.expected("a png, jpg, gif, webp or svg file inside the data directory, such as logo.png", cell);
        }
        return path;
    }
}
