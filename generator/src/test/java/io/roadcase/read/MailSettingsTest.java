package io.roadcase.read;

import static io.roadcase.read.Feed.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.MailSettings;
import io.roadcase.model.Problem;
import io.roadcase.model.Settings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings of {@code roadcase mail} and {@code site_url}. */
class MailSettingsTest {

    @Test
    void readsTheMailSettingsAndTheSiteAddress() {
        List<Problem> problems = new ArrayList<>();
        Settings settings = settings(problems, row("key", "value"),
                row("site_url", "https://reports.example.com/roadmap"),
                row("mail_from", "Product Office <product@example.com>"),
                row("mail_reply_to", "review@example.com"),
                row("mail_subject", "Your briefs"),
                row("mail_max_size", "2.5 MB"));
        assertThat(problems).isEmpty();
        assertThat(settings.siteUrl()).isEqualTo("https://reports.example.com/roadmap/");
        assertThat(settings.mail()).isEqualTo(new MailSettings("Product Office <product@example.com>",
                "review@example.com", "Your briefs", (long) (2.5 * 1024 * 1024)));
    }

    @Test
    void defaultsToNoSiteAndTenMegabytes() {
        Settings settings = settings(new ArrayList<>(), row("key", "value"), row("title", "Acme"));
        assertThat(settings.siteUrl()).isNull();
        assertThat(settings.mail()).isEqualTo(MailSettings.DEFAULTS);
        assertThat(settings.mail().maxSize()).isEqualTo(10L * 1024 * 1024);
        assertThat(settings("500 KB")).isEqualTo(500L * 1024);
        assertThat(settings("3")).isEqualTo(3L * 1024 * 1024);
    }

    @Test
    void rejectsBadValuesNamingTheCell() {
        List<Problem> problems = new ArrayList<>();
        Settings settings = settings(problems, row("key", "value"), row("site_url", "javascript:alert(1)"),
                row("mail_from", "product office"), row("mail_reply_to", "a@b"), row("mail_max_size", "huge"));
        assertThat(problems).hasSize(4).allSatisfy(p -> assertThat(p.isError()).isTrue());
        assertThat(problems).extracting(p -> p.place().cell()).containsExactly("B2", "B3", "B4", "B5");
        assertThat(problems.get(1).message()).startsWith("setting mail_from: expected an address such as");
        assertThat(settings.siteUrl()).isNull();
        assertThat(settings.mail()).isEqualTo(MailSettings.DEFAULTS);
    }

    private static long settings(String size) {
        List<Problem> problems = new ArrayList<>();
        long bytes = settings(problems, row("key", "value"), row("mail_max_size", size)).mail().maxSize();
        assertThat(problems).isEmpty();
        return bytes;
    }

    @SafeVarargs
    private static Settings settings(List<Problem> problems, List<io.roadcase.source.Cell>... rows) {
        Feed.Fed<SettingsTable.Entry> fed = Feed.sheet(Tables.SETTINGS, rows);
        problems.addAll(fed.problems());
        return SettingsTable.build(fed.records(), problems);
    }
}
