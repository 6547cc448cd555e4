package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.BaselineData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roadcase generate --baseline}: compared with a previous data.json; a broken one is a warning. */
class BaselineOptionTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private int generate(Path data, Path site, String date, String... more) {
        String[] args = {"generate", "--data", data.toString(), "--out", site.toString(), "--report-date", date};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return run(all);
    }

    @Test
    void generateComparesWithTheGivenBaseline() throws IOException {
        Path data = BaselineData.before(tmp.resolve("data"));
        assertThat(generate(data, tmp.resolve("last-month"), "2026-10-24")).isZero();
        BaselineData.after(data);

        int code = generate(data, tmp.resolve("site"), "2026-11-24", "--baseline",
                tmp.resolve("last-month/data.json").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(BaselineData.json(tmp.resolve("site"))).contains(BaselineData.SLIP);
        assertThat(Files.readString(tmp.resolve("site/changes.html"))).contains("End slipped");
    }

    @Test
    void aBrokenBaselineIsAWarningAndTheRunStillPublishes() throws IOException {
        Path data = BaselineData.after(tmp.resolve("data"));
        Path broken = Files.writeString(tmp.resolve("old.json"), "<html>not json</html>");

        int code = generate(data, tmp.resolve("site"), "2026-11-24", "--baseline", broken.toString());

        assertThat(code).isZero();
        assertThat(out.toString() + err.toString()).contains("baseline: expected a data.json in " + broken,
                "this report shows no changes");
        assertThat(tmp.resolve("site/index.html")).exists();
        assertThat(tmp.resolve("site/changes.html")).doesNotExist();
    }

    @Test
    void theOptionIsInTheHelp() {
        assertThat(run("generate", "--help")).isZero();
        assertThat(out.toString()).contains("--baseline=FILE|DIR|URL");
    }
}
