package io.roadcase.read;

import io.roadcase.model.CashFlow;
import io.roadcase.model.DataSheet;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Initiative;
import io.roadcase.model.Kpi;
import io.roadcase.model.Objective;
import io.roadcase.model.Observation;
import io.roadcase.model.Place;
import io.roadcase.model.Portfolio;
import io.roadcase.model.Problem;
import io.roadcase.model.Risk;
import io.roadcase.model.Scenario;
import io.roadcase.model.Settings;
import io.roadcase.model.Stakeholder;
import io.roadcase.model.UserChart;
import io.roadcase.source.DataFiles;
import io.roadcase.source.InsideFolder;
import io.roadcase.source.Logo;
import io.roadcase.source.RowSink;
import io.roadcase.source.SheetVisitor;
import io.roadcase.source.SourceException;
import io.roadcase.source.Sources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads every table of a data directory into a {@link Portfolio}, collecting every problem. */
public final class PortfolioReader {

    /** What reading found: the tables, the problems, and the files that were read (for fingerprints). */
    public record ReadResult(Portfolio portfolio, List<Problem> problems, List<Path> files) {
    }

    private final Path directory;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Path> unreadable = new HashSet<>();
    private final List<SettingsTable.Entry> settingsEntries = new ArrayList<>();
    private final List<Initiative> initiatives = new ArrayList<>();
    private final List<Kpi> kpis = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private final List<FundingCase> fundingCases = new ArrayList<>();
    private final List<CashFlow> cashFlows = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<Risk> risks = new ArrayList<>();
    private final List<Stakeholder> stakeholders = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final List<UserChart> charts = new ArrayList<>();
    private final List<DataSheet> dataSheets = new ArrayList<>();

    private final Map<Table<?>, List<?>> records = new IdentityHashMap<>();
    private final Intake intake = new Intake();
    /** The setting issue_types, for tool exports; null when not set. */
    private List<String> issueTypes;

    private PortfolioReader(Path directory) {
        this.directory = directory;
        collect(Tables.ROADMAP, initiatives);
        collect(Tables.KPIS, kpis);
        collect(Tables.KPI_VALUES, observations);
        collect(Tables.FUNDING_CASES, fundingCases);
        collect(Tables.CASH_FLOWS, cashFlows);
        collect(Tables.SCENARIOS, scenarios);
        collect(Tables.RISKS, risks);
        collect(Tables.STAKEHOLDERS, stakeholders);
        collect(Tables.OBJECTIVES, objectives);
        collect(Tables.CHARTS, charts);
    }

    /**
     * Reads the data directory; never throws for bad data, only reports problems. Funding cases without
     * a start begin on 1 January of the year of the setting {@code report_date}, else of today.
     */
    public static ReadResult read(Path dataDirectory) {
        return read(dataDirectory, null, null);
    }

    /**
     * Reads the data directory. The report date (METRICS.md) is {@code reportDate}, else the setting
     * {@code report_date}, else {@code fallbackReportDate}, else today; the reader uses it only for the
     * default start of funding cases (1 January of its year).
     *
     * @param reportDate         the {@code --report-date} option, or null
     * @param fallbackReportDate the Maven build's date, or null
     */
    public static ReadResult read(Path dataDirectory, LocalDate reportDate, LocalDate fallbackReportDate) {
        return new PortfolioReader(dataDirectory).readAll(reportDate, fallbackReportDate);
    }

    private ReadResult readAll(LocalDate reportDate, LocalDate fallbackReportDate) {
        if (!Files.isDirectory(directory)) {
            problems.add(Problem.error(Place.file(directory.toString()),
                    "the data directory does not exist or is not a folder: " + directory));
            return result(Settings.DEFAULTS, List.of());
        }
        List<Path> files;
        try {
            files = DataFiles.list(directory);
        } catch (SourceException e) {
            problems.add(Problem.error(Place.file(directory.toString()), e.getMessage()));
            return result(Settings.DEFAULTS, List.of());
        }
        for (DataFiles.NotRead skipped : DataFiles.notRead(directory)) {
            String name = name(skipped.file());
            problems.add(Problem.warning(Place.file(name), name + " is not read: it is " + skipped.advice()));
        }
        // Settings change how dates and funding cases are read, so a first pass reads only them.
        for (Path file : files) {
            if (mayHoldSettings(file)) {
                readFile(file, (name, sheet) -> {
                    if (tableNamed(name, sheet) != Tables.SETTINGS) {
                        return null;
                    }
                    intake.table(name, sheet);
                    return Tables.SETTINGS.sink(name, sheet, context(Settings.DEFAULTS, null), settingsEntries::add);
                });
            }
        }
        Settings settings = SettingsTable.build(settingsEntries, problems);
        StatusMap statusMap = StatusMap.of(settingsEntries, problems);
        issueTypes = ExportSink.issueTypes(settingsEntries);
        checkLogo(settings);
        LocalDate date = reportDate != null ? reportDate
                : settings.reportDate() != null ? settings.reportDate()
                : fallbackReportDate != null ? fallbackReportDate : LocalDate.now();
        ReadContext context = new ReadContext(settings, SettingsTable.dateFormatter(settings),
                LocalDate.of(date.getYear(), 1, 1), problems, statusMap);
        for (Path file : files) {
            if (!unreadable.contains(file)) {
                readFile(file, (name, sheet) -> sink(name, sheet, context));
            }
        }
        List<String> readable = files.stream().filter(file -> !unreadable.contains(file)).map(this::name).toList();
        ReadResult result = result(settings, files);
        intake.report(readable, unreadable.isEmpty(), result.portfolio(), directory.toString(), problems);
        problems.sort(Problem.BY_PLACE);
        return new ReadResult(result.portfolio(), List.copyOf(problems), result.files());
    }

    /** The logo is read and checked here, so validate reports a logo that would not be published. */
    private void checkLogo(Settings settings) {
        if (settings.logo() == null) {
            return;
        }
        try {
            Logo.read(directory, settings.logo());
        } catch (Logo.Refused e) {
            Place place = SettingsTable.placeOf(settingsEntries, SettingsTable.LOGO);
            String message = "setting logo: " + e.getMessage();
            problems.add(e.missing() ? Problem.warning(place, message) : Problem.error(place, message));
        }
    }

    private ReadContext context(Settings settings, LocalDate caseStart) {
        return new ReadContext(settings, SettingsTable.dateFormatter(settings), caseStart, problems);
    }

    private String name(Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }

    private void readFile(Path file, SheetVisitor visitor) {
        String name = name(file);
        try {
            // A link that leads outside the data folder is refused, never read.
            InsideFolder.realFile(directory, file, "data folder");
            Sources.read(file, name, visitor);
        } catch (SourceException e) {
            unreadable.add(file);
            problems.add(Problem.error(Place.file(name), "cannot read this file: " + e.getMessage()));
        }
    }

    /**
     * The sink for one sheet in the second pass: every table but settings, and a tool export whatever the
     * sheet is named (recognised by its header, {@link ExportSink}); the top of other sheets is read to
     * tell what table each looks like.
     */
    private RowSink sink(String file, String sheet, ReadContext context) {
        Table<?> table = tableNamed(file, sheet);
        String dataSheet = table == null ? DataSheetSink.nameOf(sheet == null ? stem(file) : sheet) : null;
        if (dataSheet != null) {
            intake.table(file, sheet);
            return new DataSheetSink(file, sheet, dataSheet, context, dataSheets::add);
        }
        if (table == Tables.SETTINGS) {
            return null;
        }
        if (table == null) {
            return new ExportSink(file, sheet, context, initiatives::add, issueTypes, null,
                    intake.other(file, sheet, sheet == null ? stem(file) : sheet), () -> intake.export(file, sheet));
        }
        intake.table(file, sheet);
        return new ExportSink(file, sheet, context, initiatives::add, issueTypes, sinkOf(table, file, sheet, context),
                null, () -> { });
    }

    private <T> RowSink sinkOf(Table<T> table, String file, String sheet, ReadContext context) {
        return table.sink(file, sheet, context, recordsOf(table)::add);
    }

    /** Where one table's records go; {@link #collect} registered the list with the table's own type. */
    @SuppressWarnings("unchecked")
    private <T> List<T> recordsOf(Table<T> table) {
        return (List<T>) records.get(table);
    }

    private <T> void collect(Table<T> table, List<T> list) {
        records.put(table, list);
    }

    private ReadResult result(Settings settings, List<Path> files) {
        // The KPI values as they are (this reader is done with its list): a million of them are not copied twice.
        Portfolio portfolio = new Portfolio(settings, List.copyOf(initiatives), List.copyOf(kpis),
                Collections.unmodifiableList(observations), List.copyOf(fundingCases), List.copyOf(cashFlows),
                List.copyOf(scenarios), List.copyOf(risks), expandAll(stakeholders), List.copyOf(objectives),
                List.copyOf(dataSheets), List.copyOf(charts));
        problems.sort(Problem.BY_PLACE);
        return new ReadResult(portfolio, List.copyOf(problems), List.copyOf(files));
    }

    /** A {@code *} in a stakeholder's cases means every funding case, listed in case order. */
    private List<Stakeholder> expandAll(List<Stakeholder> people) {
        List<String> caseIds = fundingCases.stream().map(FundingCase::id).distinct().toList();
        List<Stakeholder> expanded = new ArrayList<>(people.size());
        for (Stakeholder person : people) {
            if (person.cases().contains("*")) {
                List<String> cases = new ArrayList<>(caseIds);
                person.cases().stream().filter(id -> !id.equals("*") && !cases.contains(id)).forEach(cases::add);
                person = new Stakeholder(person.name(), person.email(), person.role(), List.copyOf(cases),
                        person.portfolio(), person.origin());
            }
            expanded.add(person);
        }
        return List.copyOf(expanded);
    }

    private static Table<?> tableNamed(String file, String sheet) {
        return Tables.find(sheet == null ? stem(file) : sheet);
    }

    private static boolean mayHoldSettings(Path file) {
        String name = file.getFileName().toString();
        return !name.toLowerCase(Locale.ROOT).endsWith(".csv") || Tables.find(stem(name)) == Tables.SETTINGS;
    }

    private static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
