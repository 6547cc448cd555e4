package io.roadcase.publish;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web server serving the output folder must find every page at every moment of a publish: nothing
 * of the published site is deleted or renamed away, pages are renamed over their old versions, and
 * the index page comes last. Watched with the file system's own change events, not by timing.
 */
class PublishWithoutGapTest {

    @TempDir
    Path tmp;

    private static void publish(Path out, String... files) throws Exception {
        Publisher publisher = new Publisher(out);
        try (AutoCloseable lock = publisher.lock()) {
            publisher.recover();
            try (Publisher.Staging staging = publisher.stage()) {
                for (String f : files) {
                    staging.output().write(f, "new " + f);
                }
                staging.commit("fp " + String.join(",", files));
            }
        }
    }

    /** Events of one watched folder, as "CREATE name" / "DELETE name", in the order they happened. */
    private static List<String> events(WatchService watcher) throws Exception {
        List<String> events = new ArrayList<>();
        WatchKey key;
        while ((key = watcher.poll(500, TimeUnit.MILLISECONDS)) != null) {
            for (WatchEvent<?> e : key.pollEvents()) {
                events.add((e.kind() == ENTRY_CREATE ? "CREATE " : e.kind() == ENTRY_DELETE ? "DELETE " : "OTHER ")
                        + e.context());
            }
            key.reset();
        }
        return events;
    }

    @Test
    void theSiteIsNeverMissingWhileANewRunIsPublished() throws Exception {
        Path out = tmp.resolve("site");
        publish(out, "index.html", "about.html", "old.html");

        List<String> parentEvents;
        List<String> siteEvents;
        try (WatchService parent = FileSystems.getDefault().newWatchService();
                WatchService site = FileSystems.getDefault().newWatchService()) {
            tmp.register(parent, ENTRY_CREATE, ENTRY_DELETE);
            out.register(site, ENTRY_CREATE, ENTRY_DELETE);
            publish(out, "index.html", "about.html", "new.html", "zzz.html");
            parentEvents = events(parent);
            siteEvents = events(site);
        }

        assertThat(parentEvents).as("the output folder itself is never moved away").isEmpty();
        assertThat(siteEvents).as("no published page is ever deleted or moved away")
                .doesNotContain("DELETE index.html", "DELETE about.html");
        List<String> pages = siteEvents.stream()
                .filter(e -> e.startsWith("CREATE ") && e.endsWith(".html")).toList();
        assertThat(pages).as("the index page is put in place last")
                .containsExactly("CREATE about.html", "CREATE new.html", "CREATE zzz.html", "CREATE index.html");
        assertThat(siteEvents.indexOf("DELETE old.html")).as("stale pages go after the new ones are in")
                .isGreaterThan(siteEvents.indexOf("CREATE index.html"));
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new index.html");
    }

    @Test
    void indexPagesComeLastDeepestFirst() {
        assertThat(Publisher.publishingOrder(List.of("index.html", "a/index.html", "a/b/index.html", "z.html",
                "a/x.html", "myindex.html")))
                .containsExactly("a/x.html", "myindex.html", "z.html", "a/b/index.html", "a/index.html", "index.html");
    }
}
