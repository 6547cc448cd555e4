package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.GeneratorTestSupport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
    @ValueSource(strings = {"year,20", "year,10", "month,999", "quarter,40"})
    void aPeriodWhoseDateFallsAfterTheYear9999IsALocatedErrorNotACrash(String periodicityAndPeriod) throws IOException {
        String periodicity = periodicityAndPeriod.split(",")[0];
        String period = periodicityAndPeriod.split(",")[1];
        Path data = java.nio.file.Files.createDirectories(tmp.resolve("far"));
        java.nio.file.Files.writeString(data.resolve("funding_cases.csv"),
                "id,title,start,periodicity\nC1,Far,9990-01-01," + periodicity + "\n");
        java.nio.file.Files.writeString(data.resolve("cash_flows.csv"),
                "case,period,type,amount\nC1,0,cost,100\nC1," + period + ",benefit,200\n");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"generate", "--data", data.toString(), "--out", tmp.resolve("out").toString(),
            "--report-date", "2026-11-24"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).contains("cash_flows.csv, line 3").contains("period " + period)
                .contains("1900-01-01 to 9999-12-31").doesNotContain("\tat ");
        assertThat(tmp.resolve("out/data.json")).doesNotExist();
    }

    @Test
    void aHugeBenefitDelayIsALocatedErrorNotACrash() throws IOException {
        Path data = java.nio.file.Files.createDirectories(tmp.resolve("huge"));
        java.nio.file.Files.writeString(data.resolve("funding_cases.csv"), "id,title\nC1,Huge\n");
        java.nio.file.Files.writeString(data.resolve("cash_flows.csv"), "case,period,type,amount\nC1,0,cost,100\n"
                + "C1,1,benefit,200\n");
        java.nio.file.Files.writeString(data.resolve("scenarios.csv"),
                "case,scenario,benefit_delay\nC1,Never,2000000000\n");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"validate", "--data", data.toString(), "--report-date", "2026-11-24"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).contains("cash_flows.csv, line 3").contains("scenario Never").doesNotContain("\tat ");
    }

    @Test
    void aBenefitDelayPastTheYear9999IsALocatedError() throws IOException {
        Path data = java.nio.file.Files.createDirectories(tmp.resolve("late"));
        java.nio.file.Files.writeString(data.resolve("funding_cases.csv"), "id,title\nC1,Late\n");
        java.nio.file.Files.writeString(data.resolve("cash_flows.csv"),
                "case,period,type,amount\nC1,2026-01-01,cost,100\nC1,9999-06-01,benefit,200\n");
        java.nio.file.Files.writeString(data.resolve("scenarios.csv"), "case,scenario,benefit_delay\nC1,Slow,12\n");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"validate", "--data", data.toString(), "--report-date", "2026-11-24"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).contains("cash_flows.csv, line 3").contains("scenario Slow")
                .contains("year 10000");
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
