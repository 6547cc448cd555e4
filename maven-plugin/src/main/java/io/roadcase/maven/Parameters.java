package io.roadcase.maven;

import io.roadcase.Config.Part;
import io.roadcase.model.ReportDates;
import java.io.File;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns the plugin's text parameters into the generator's values, failing with a message that says
 * what was expected and what was found.
 */
final class Parameters {

    private Parameters() {
    }

    /** {@code reportDate}: YYYY-MM-DD, or null when not given. */
    static LocalDate reportDate(String text) throws MojoFailureException {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeException e) {
            throw new MojoFailureException("reportDate '" + text + "' is not a date: expected YYYY-MM-DD, e.g. 2026-11-24");
        }
        if (!ReportDates.accepts(date)) {
            throw new MojoFailureException("reportDate '" + text + "' is out of range: expected a date "
                    + ReportDates.RANGE);
        }
        return date;
    }

    /**
     * The date (UTC) of {@code project.build.outputTimestamp}, read the way Maven's archivers read it:
     * seconds since 1970, or an ISO-8601 date-time with an offset ({@code 2026-11-01T00:00:00Z}).
     * Null when not set, or set to one character (the usual way to switch it off in a child pom).
     */
    static LocalDate outputTimestampDate(String timestamp) throws MojoFailureException {
        if (timestamp == null || timestamp.isBlank()) {
            return null;
        }
        String text = timestamp.trim();
        boolean digits = text.chars().allMatch(Character::isDigit);
        if (text.length() < 2 && !digits) {
            return null;
        }
        try {
            Instant instant = digits
                    ? Instant.ofEpochSecond(Long.parseLong(text))
                    : OffsetDateTime.parse(text).toInstant();
            LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
            if (!ReportDates.accepts(date)) {
                throw new MojoFailureException("project.build.outputTimestamp '" + timestamp + "' is out of range:"
                        + " expected a date " + ReportDates.RANGE);
            }
            return date;
        } catch (DateTimeException | NumberFormatException e) {
            throw new MojoFailureException("project.build.outputTimestamp '" + timestamp + "' is not a timestamp:"
                    + " expected an ISO-8601 date-time such as 2026-11-24T00:00:00Z, or seconds since 1970");
        }
    }

    /** {@code templateDirectory}: an existing folder, or null when not given. */
    static Path templateFolder(File folder) throws MojoFailureException {
        if (folder == null) {
            return null;
        }
        if (!folder.isDirectory()) {
            throw new MojoFailureException("templateDirectory " + folder + " is not a folder: expected the folder"
                    + " with your templates (site/index.ftlh overrides the built-in overview)");
        }
        return folder.toPath();
    }

    /** {@code only}: a comma-separated list of site, pdf and json; every part when empty. */
    static Set<Part> parts(String only) throws MojoFailureException {
        if (only == null || only.isBlank()) {
            return EnumSet.allOf(Part.class);
        }
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String word : only.split(",")) {
            String w = word.trim();
            if (w.isEmpty()) {
                continue;
            }
            try {
                parts.add(Part.valueOf(w.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("only '" + only + "' has the unknown part '" + w
                        + "': expected a comma-separated list of site, pdf, json");
            }
        }
        if (parts.isEmpty()) {
            return EnumSet.allOf(Part.class);
        }
        return parts;
    }

    /**
     * {@code baseline}: an http(s) address as it is; a path relative to the project's folder (not to
     * wherever Maven was started); null when not given.
     */
    static String baseline(String text, File basedir) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String spec = text.trim();
        String lower = spec.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://") || basedir == null) {
            return spec;
        }
        File file = new File(spec);
        return file.isAbsolute() ? spec : new File(basedir, spec).getPath();
    }
}
