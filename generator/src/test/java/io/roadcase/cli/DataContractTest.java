package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.GeneratorTestSupport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Report dates stay within 1900-01-01 to 9999-12-31, so no derived date leaves the YYYY-MM-DD contract. */
class DataContractTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "0001-01-01", "1899-12-31", "-0001-06-01"})
    void aReportDateOutsideTheRangeIsWrongUsage(String date) throws IOException {
        Path data = GeneratorTestSupport.copySample(tmp.resolve("data"));
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"generate", "--data", data.toString(), "--out", tmp.resolve("out").toString(),
            "--report-date", date}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("1900-01-01 to 9999-12-31");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-100%", "-150%", "-1000%"})
    void aDiscountRateOfMinusHundredPercentOrLessIsALocatedError(String rate) throws IOException {
        Path data = java.nio.file.Files.createDirectories(tmp.resolve("rates"));
        java.nio.file.Files.writeString(data.resolve("settings.csv"), "key,value\ndiscount_rate," + rate + "\n");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"validate", "--data", data.toString(), "--report-date", "2026-11-24"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("settings.csv, line 2").contains("above -100 %");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "9999-12-31"})
    void theEndsOfTheRangeAreAccepted(String date) throws IOException {
        Path data = GeneratorTestSupport.copySample(tmp.resolve("data"));
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"validate", "--data", data.toString(), "--report-date", date},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isNotEqualTo(2).isNotEqualTo(3);
    }
}
