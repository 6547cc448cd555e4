package io.roadcase.pdf;

import io.roadcase.look.Formats;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.RiskRating;
import io.roadcase.model.Word;
import java.awt.Color;
import java.util.Locale;

/** Enum values as words for readers: {@code in-progress} becomes {@code In progress}. */
final class Words {

    private Words() {
    }

    static String of(Word word) {
        return Formats.word(word); // the words of the site, the charts and the mail
    }

    static String capitalize(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    static String kpiStatus(KpiStatus status) {
        if (status == null) {
            return Formats.NONE;
        }
        return Formats.word(status); // the words of the site and the charts
    }

    static Color kpiColor(KpiStatus status) {
        if (status == null) {
            return BriefTheme.MUTED;
        }
        return switch (status) {
            case GREEN -> BriefTheme.GOOD;
            case AMBER -> BriefTheme.WARN;
            case RED -> BriefTheme.BAD;
            default -> BriefTheme.MUTED;
        };
    }

    static Color riskColor(RiskRating rating) {
        if (rating == null) {
            return BriefTheme.MUTED;
        }
        return switch (rating) {
            case LOW -> BriefTheme.GOOD;
            case MEDIUM -> BriefTheme.WARN;
            case HIGH, CRITICAL -> BriefTheme.BAD;
        };
    }
}
