package io.roadcase.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder may hold the user's own files (the gh-pages case: a {@code .git}, a README, a
 * CNAME). Publishing never overwrites, deletes or follows any of them.
 */
class UserFilesTest {

    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("site");
    }

    private int publish(String... files) throws IOException {
        return publish(out(), files);
    }

    private static int publish(Path out, String... files) throws IOException {
        Publisher publisher = new Publisher(out);
        try (AutoCloseable lock = publisher.lock()) {
            publisher.recover();
            return commit(publisher, files);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int commit(Publisher publisher, String... files) throws IOException {
        try (Publisher.Staging staging = publisher.stage()) {
            for (String f : files) {
                staging.output().write(f, "content of " + f);
            }
            return staging.commit("fp-" + String.join(",", files));
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aUsersOwnIndexPageStopsTheRunBeforeAnythingIsWritten() throws Exception {
        Files.createDirectories(out().resolve("kpis"));
        Files.writeString(out().resolve("README.md"), "my notes");
        Files.writeString(out().resolve("index.html"), "my own home page");
        Files.writeString(out().resolve("kpis/nps.html"), "my own kpi page");

        assertThatThrownBy(() -> publish("about.html", "index.html", "kpis/nps.html"))
                .isInstanceOf(OutputConflict.class)
                .hasMessageContaining("index.html was not written by Roadcase")
                .hasMessageContaining("kpis/nps.html was not written by Roadcase")
                .hasMessageContaining("move your files out of the way");

        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("my own home page");
        assertThat(out().resolve("about.html")).as("nothing was written").doesNotExist();
        assertThat(names(out())).containsExactly(Publisher.LOCK, "README.md", "index.html", "kpis");
    }

    @Test
    void aPageThePreviousRunWroteIsReplacedEvenWhenTheUserHasFilesBesideIt() throws Exception {
        publish("index.html");
        Files.writeString(out().resolve("README.md"), "my notes");
        publish("index.html", "about.html");

        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("content of index.html");
        assertThat(Files.readString(out().resolve("README.md"))).isEqualTo("my notes");
    }

    @Test
    void keepsTheUsersLinksAndEmptyFolders() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("photo.png"), "not ours");
        publish("index.html");
        Files.createSymbolicLink(out().resolve("photos"), elsewhere);
        Files.createSymbolicLink(out().resolve("dangling"), tmp.resolve("nowhere"));
        Files.createDirectories(out().resolve("drafts"));

        publish("index.html", "about.html");

        assertThat(Files.isSymbolicLink(out().resolve("photos"))).isTrue();
        assertThat(Files.isSymbolicLink(out().resolve("dangling"))).isTrue();
        assertThat(out().resolve("drafts")).isEmptyDirectory();
        assertThat(Files.readString(elsewhere.resolve("photo.png"))).isEqualTo("not ours");
    }

    @Test
    void neverWritesThroughALinkTheUserPutInTheOutputFolder() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        publish("index.html");
        Files.createSymbolicLink(out().resolve("kpis"), elsewhere);
        Files.createSymbolicLink(out().resolve("about.html"), elsewhere.resolve("about.html"));

        assertThatThrownBy(() -> publish("index.html", "kpis/a.html"))
                .isInstanceOf(OutputConflict.class).hasMessageContaining("kpis is a link");
        assertThatThrownBy(() -> publish("index.html", "about.html"))
                .isInstanceOf(OutputConflict.class).hasMessageContaining("about.html is a link");
        assertThat(names(elsewhere)).isEmpty();
    }

    @Test
    void aFileOfOursTheUserReplacedByALinkIsTheirsNow() throws Exception {
        Path elsewhere = Files.writeString(tmp.resolve("mine.html"), "mine");
        publish("index.html", "old.html");
        Files.delete(out().resolve("old.html"));
        Files.createSymbolicLink(out().resolve("old.html"), elsewhere);

        publish("index.html");

        assertThat(Files.isSymbolicLink(out().resolve("old.html"))).isTrue();
        assertThat(Files.readString(elsewhere)).isEqualTo("mine");
    }

    @Test
    void anOutputFolderThatIsALinkStaysALink() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real-site"));
        Path link = Files.createSymbolicLink(tmp.resolve("site-link"), real);

        publish(link, "index.html", "old.html");
        publish(link, "index.html", "new.html");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names(real)).containsExactly(Publisher.LOCK, Publisher.MANIFEST, "index.html", "new.html");
    }

    @Test
    void aFileNameWithANewlineCannotMakeTheManifestDeleteAUsersFile() throws Exception {
        Files.createDirectories(out());
        Files.writeString(out().resolve("README"), "the user's readme");

        publish("index.html", "x\nREADME", "y\rREADME", "z\u2028README", "%0AREADME");
        assertThat(Manifest.read(out().resolve(Publisher.MANIFEST)).files())
                .containsExactlyInAnyOrder("index.html", "x\nREADME", "y\rREADME", "z\u2028README", "%0AREADME");
        publish("index.html");

        assertThat(Files.readString(out().resolve("README"))).isEqualTo("the user's readme");
        assertThat(names(out())).containsExactly(Publisher.LOCK, Publisher.MANIFEST, "README", "index.html");
    }

    @Test
    void theManifestIsReadBackExactlyAndNeverPointsOutside() throws Exception {
        List<String> hostile = List.of("a b.html", "ü/ß.html", "100%.html", "tab\there", "nul\0x", "new\nline",
                "\u2028", "%", "%%41");
        Manifest written = new Manifest("abc", hostile);
        Path file = Files.writeString(tmp.resolve("m"), written.text());

        assertThat(Manifest.read(file)).isEqualTo(written);
        assertThat(Files.readString(file).lines()).hasSize(2 + hostile.size());
        Files.writeString(file, "roadcase-manifest 2\nfile ../../etc/passwd\nfile /etc/passwd\nfile a/%2E%2E/%2E%2E/x\n"
                + "file .roadcase-lock\nfile bad%zz\nfile ok.html\n");
        assertThat(Manifest.read(file).files()).containsExactly("ok.html");
    }

    @Test
    void anOutputNameOfTwoHundredAndFiftyCharactersPublishes() throws Exception {
        Path out = tmp.resolve("s".repeat(250));

        publish(out, "index.html");
        publish(out, "index.html", "b.html");

        assertThat(Files.readString(out.resolve("b.html"))).isEqualTo("content of b.html");
        assertThat(names(tmp)).containsExactly("s".repeat(250));
    }

    @Test
    void aRunOfRoadcaseBeforeManifestVersionTwoIsUpgraded() throws Exception {
        Files.createDirectories(out());
        Files.writeString(out().resolve("index.html"), "old");
        Files.writeString(out().resolve("old.html"), "old");
        Files.writeString(out().resolve("README"), "mine");
        Files.writeString(out().resolve(Publisher.MANIFEST), "index.html\nold.html\n");
        Files.writeString(out().resolve(".roadcase-fingerprint"), "fp\n");

        publish("index.html");

        assertThat(names(out())).containsExactly(Publisher.LOCK, Publisher.MANIFEST, "README", "index.html");
    }
}
