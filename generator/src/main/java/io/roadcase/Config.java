package io.roadcase;

import io.roadcase.model.ReportDates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything one run needs, as given on the command line or in the Maven plugin.
 *
 * @param dataDirectory      where the spreadsheets are
 * @param outputDirectory    where the site goes (ignored by validate)
 * @param templateDirectory  user templates overriding the built-in ones by file name, or null
 * @param reportDate         {@code --report-date}, or null
 * @param fallbackReportDate used when neither the option nor the settings give one (Maven: the date of
 *                           {@code project.build.outputTimestamp}); null means today
 * @param parts              what generate writes
 * @param failOnWarning      treat warnings as errors
 * @param toolVersion        part of the up-to-date fingerprint
 * @param baseline           {@code --baseline}: a previous data.json, a folder holding one, or an http(s)
 *                           address of one; null means the output folder's previous data.json
 */
public record Config(
        Path dataDirectory,
        Path outputDirectory,
        Path templateDirectory,
        LocalDate reportDate,
        LocalDate fallbackReportDate,
        Set<Part> parts,
        boolean failOnWarning,
        String toolVersion,
        String baseline) {

    /** Report dates outside {@link ReportDates#RANGE} are refused (the command line and plugin say so first). */
    public Config {
        if (!ReportDates.accepts(reportDate) || !ReportDates.accepts(fallbackReportDate)) {
            throw new IllegalArgumentException("expected a report date " + ReportDates.RANGE + ", found "
                    + (ReportDates.accepts(reportDate) ? fallbackReportDate : reportDate));
        }
    }

    /** The parts of the output that {@code --only} selects. */
    public enum Part { SITE, PDF, JSON }

    public static Config of(Path dataDirectory, Path outputDirectory) {
        return new Config(dataDirectory, outputDirectory, null, null, null, EnumSet.allOf(Part.class), false,
                Generator.version(), null);
    }

    public Config withReportDate(LocalDate date) {
        return new Config(dataDirectory, outputDirectory, templateDirectory, date, fallbackReportDate, parts,
                failOnWarning, toolVersion, baseline);
    }

    public Config withTemplates(Path dir) {
        return new Config(dataDirectory, outputDirectory, dir, reportDate, fallbackReportDate, parts, failOnWarning,
                toolVersion, baseline);
    }

    public Config withParts(Set<Part> only) {
        return new Config(dataDirectory, outputDirectory, templateDirectory, reportDate, fallbackReportDate,
                EnumSet.copyOf(only), failOnWarning, toolVersion, baseline);
    }

    public Config withFailOnWarning(boolean fail) {
        return new Config(dataDirectory, outputDirectory, templateDirectory, reportDate, fallbackReportDate, parts,
                fail, toolVersion, baseline);
    }

    public Config withBaseline(String spec) {
        return new Config(dataDirectory, outputDirectory, templateDirectory, reportDate, fallbackReportDate, parts,
                failOnWarning, toolVersion, spec);
    }

    public Config withFallbackReportDate(LocalDate date) {
        return new Config(dataDirectory, outputDirectory, templateDirectory, reportDate, date, parts, failOnWarning,
                toolVersion, baseline);
    }
}
