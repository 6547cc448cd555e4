package io.roadcase;

import static io.roadcase.BaselineData.D1;
import static io.roadcase.BaselineData.D2;
import static io.roadcase.BaselineData.SLIP;
import static io.roadcase.BaselineData.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.roadcase.changes.BaselineSource;
import io.roadcase.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs of the Generator (real files in temporary folders) against a baseline: none, a broken
 * one, one of another schema version, a folder, a URL, and the output folder's own previous data.json.
 * A baseline that cannot be used is one warning, and the run still publishes.
 */
class BaselineRunsTest {

    @TempDir
    Path tmp;

    Path data;
    Path out;
    /** The output of a run at D1 with the data before A-1 slipped: its data.json is a baseline. */
    Path previous;

    @BeforeEach
    void previousPublish() throws IOException {
        data = BaselineData.before(tmp.resolve("data"));
        previous = tmp.resolve("previous");
        assertThat(generate(previous, D1, null).failed()).isFalse();
        BaselineData.after(data);
        out = tmp.resolve("out");
    }

    @AfterEach
    void defaultTimeout() {
        System.clearProperty(BaselineSource.TIMEOUT_PROPERTY);
    }

    private Result generate(Path to, LocalDate date, String baseline) throws IOException {
        return new Generator(Config.of(data, to).withReportDate(date).withBaseline(baseline)).generate();
    }

    private static List<Problem> warnings(Result result) {
        return result.problems().stream().filter(p -> p.level() == Problem.Level.WARNING).toList();
    }

    private void assertNoChanges(Result result) throws IOException {
        assertThat(result.failed()).isFalse();
        assertThat(result.upToDate()).isFalse();
        assertThat(json(out)).contains("\"baseline\":null", "\"changes\":[]");
        assertThat(out.resolve("changes.html")).doesNotExist();
        assertThat(out.resolve(BaselineSource.KEPT)).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("changes.html", "changed-mark");
        assertThat(out.resolve("pdf/portfolio.pdf")).exists();
    }

    private void assertTheSlip() throws IOException {
        assertThat(json(out)).contains("\"baseline\":{\"reportDate\":\"2026-10-24\"", "\"changes\":[" + SLIP);
        assertThat(Files.readString(out.resolve("changes.html"))).contains("End slipped", "+28 days");
        // Without a locale setting the site writes dates the en-US way.
        assertThat(Files.readString(out.resolve("index.html"))).contains("1 change since Oct 24, 2026");
    }

    /** The one warning about the baseline, which must say {@code what}. */
    private void assertOneBaselineWarning(Result result, String... what) {
        assertThat(warnings(result)).hasSize(1);
        assertThat(warnings(result).get(0).message()).startsWith("baseline: ").contains(what)
                .endsWith("; this report shows no changes");
    }

    @Test
    void withoutABaselineThereAreNoChangesAndNoChangesPage() throws IOException {
        Result result = generate(out, D2, null);

        assertThat(warnings(result)).isEmpty();
        assertNoChanges(result);
    }

    @Test
    void aBaselineThatIsNotJsonIsOneWarningAndTheRunPublishes() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"schemaVersion\": 1, \"reportDate\": ");

        Result result = generate(out, D2, broken.toString());

        assertOneBaselineWarning(result, broken.toString(), "not JSON");
        assertNoChanges(result);
    }

    @Test
    void aBrokenBaselineDoesNotFailTheRunEvenWhenWarningsWould() throws IOException {
        Result result = new Generator(Config.of(data, out).withReportDate(D2).withFailOnWarning(true)
                .withBaseline(tmp.resolve("nothing.json").toString())).generate();

        assertOneBaselineWarning(result, "nothing.json");
        assertNoChanges(result);
    }

    @Test
    void aMissingBaselineFileOrAFolderWithoutDataJsonIsOneWarning() throws IOException {
        Result missing = generate(out, D2, tmp.resolve("nothing.json").toString());
        assertOneBaselineWarning(missing, "nothing.json", "no such file");
        assertNoChanges(missing);

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Result folder = generate(tmp.resolve("out2"), D2, empty.toString());
        assertOneBaselineWarning(folder, "expected a data.json in the baseline folder");
    }

    @Test
    void aDataJsonOfAnotherSchemaVersionIsOneWarning() throws IOException {
        String json = Files.readString(previous.resolve("data.json"));
        assertThat(json).containsPattern("\"schemaVersion\"\\s*:\\s*1\\b");
        Path other = Files.writeString(tmp.resolve("v2.json"),
                json.replaceFirst("\"schemaVersion\"\\s*:\\s*1\\b", "\"schemaVersion\": 2"));

        Result result = generate(out, D2, other.toString());

        assertOneBaselineWarning(result, "expected a data.json of schemaVersion 1", "found schemaVersion 2");
        assertNoChanges(result);
    }

    @Test
    void aFolderHoldingADataJsonIsABaseline() throws IOException {
        Result result = generate(out, D2, previous.toString());

        assertThat(warnings(result)).isEmpty();
        assertTheSlip();
        // The baseline used is kept, so that a re-run with the same date still compares with it.
        assertThat(out.resolve(BaselineSource.KEPT)).hasSameBinaryContentAs(previous.resolve("data.json"));
    }

    @Test
    void aPublishedDataJsonIsFetchedAndAFailedFetchIsOneWarning() throws Exception {
        System.setProperty(BaselineSource.TIMEOUT_PROPERTY, "1");
        byte[] published = Files.readAllBytes(previous.resolve("data.json"));
        CountDownLatch release = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/data.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, published.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(published);
            }
        });
        server.createContext("/never/data.json", exchange -> {
            try {
                // Never answers while the run waits; released when the test ends.
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            Result fetched = generate(out, D2, base + "/data.json");
            assertThat(warnings(fetched)).isEmpty();
            assertTheSlip();

            Result missing = generate(tmp.resolve("out-404"), D2, base + "/gone/data.json");
            assertOneBaselineWarning(missing, base + "/gone/data.json", "HTTP 404");
            assertThat(tmp.resolve("out-404/changes.html")).doesNotExist();

            Result silent = generate(tmp.resolve("out-timeout"), D2, base + "/never/data.json");
            assertOneBaselineWarning(silent, base + "/never/data.json", "no answer within 1 s");
            assertThat(silent.failed()).isFalse();
            assertThat(tmp.resolve("out-timeout/index.html")).exists();
        } finally {
            release.countDown();
            server.stop(0);
        }
    }

    @Test
    void theUpToDateFingerprintChangesWhenTheBaselineFileDoes() throws IOException {
        Path baseline = Files.copy(previous.resolve("data.json"), tmp.resolve("baseline.json"));
        assertThat(generate(out, D2, baseline.toString()).upToDate()).isFalse();
        assertThat(generate(out, D2, baseline.toString()).upToDate()).isTrue();

        // The baseline now says A-1 already ended 28 Feb 2027: nothing changed since it.
        Files.writeString(baseline, Files.readString(baseline).replace("\"2027-01-31\"", "\"2027-02-28\""));
        Result result = generate(out, D2, baseline.toString());

        assertThat(result.upToDate()).isFalse();
        assertThat(json(out)).contains("\"baseline\":{\"reportDate\":\"2026-10-24\"", "\"changes\":[]");
        assertThat(Files.readString(out.resolve("changes.html"))).contains("Nothing changed since Oct 24, 2026");
    }

    @Test
    void theOutputFoldersPreviousDataJsonIsTheBaselineAndIsKeptForReRunsOfTheSameDate() throws IOException {
        BaselineData.before(data);
        assertThat(generate(out, D1, null).failed()).isFalse();
        assertThat(json(out)).contains("\"baseline\":null");

        BaselineData.after(data);
        assertThat(generate(out, D2, null).failed()).isFalse();
        assertTheSlip();

        // The same run again: up to date, and the site still shows the changes.
        assertThat(generate(out, D2, null).upToDate()).isTrue();
        assertTheSlip();

        // A fix in the data on the same report date: data.json is now of D2 itself, so the kept baseline
        // (the D1 publish) is what the run compares with.
        BaselineData.write(data, "2027-02-28", "Search v2");
        Result fixed = generate(out, D2, null);
        assertThat(fixed.upToDate()).isFalse();
        assertThat(warnings(fixed)).isEmpty();
        assertTheSlip();
        assertThat(json(out)).contains("\"title\":\"Searchv2\"");
    }
}
