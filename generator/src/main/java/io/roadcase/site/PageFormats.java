package io.roadcase.site;

import io.roadcase.model.CaseStatus;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Kpi;
import io.roadcase.model.ObjectiveStatus;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Problem;
import io.roadcase.model.RiskRating;
import io.roadcase.model.RiskStatus;
import io.roadcase.model.Trend;
import java.util.Locale;

/**
 * What templates call {@code fmt}: the report's one {@link io.roadcase.look.Formats} (every figure, date and
 * status word, the same text as in the briefs, the charts and the mail) with the page helpers templates
 * need besides (tones, problem places, safe links). Templates never format numbers themselves.
 * Thread-safe: pages are rendered in parallel.
 */
public final class PageFormats extends io.roadcase.look.Formats {

    /** Shown for a value that does not exist. */
    public static final String NONE = io.roadcase.look.Formats.NONE;

    /** The page helpers over the report's formats. */
    public PageFormats(io.roadcase.look.Formats formats) {
        super(formats);
    }

    /** PageFormats for a locale, with no currency and a calendar fiscal year (tests). */
    public PageFormats(Locale locale) {
        super(new io.roadcase.look.Formats(locale, null, 1));
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
}
