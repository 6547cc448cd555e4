package io.roadcase.cli;

import io.roadcase.site.RenderBudget;
import java.time.Duration;
import picocli.CommandLine;

/** {@code --render-timeout 300s}: how long rendering the pages may take in all (a usage error if unreadable). */
final class RenderTimeoutOption implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return RenderBudget.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
