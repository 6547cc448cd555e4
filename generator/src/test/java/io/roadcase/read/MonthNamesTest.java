package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthNamesTest {

    @ParameterizedTest
    @CsvSource({
        "Jan, JANUARY", "january, JANUARY", "Sept, SEPTEMBER", "Sep., SEPTEMBER", "DEC, DECEMBER",
        "Mär, MARCH", "März, MARCH", "Marz, MARCH", "Mrz, MARCH", "Mai, MAY", "Okt, OCTOBER", "Dez., DECEMBER",
        "janv., JANUARY", "févr., FEBRUARY", "fevrier, FEBRUARY", "juil., JULY", "juin, JUNE", "août, AUGUST",
        "ene, JANUARY", "abr, APRIL", "ago, AUGUST", "dic, DECEMBER", "septiembre, SEPTEMBER",
        "gen, JANUARY", "mag, MAY", "giu, JUNE", "lug, JULY", "set, SEPTEMBER", "ott, OCTOBER",
        "fev, FEBRUARY", "out, OCTOBER", "mrt, MARCH", "mei, MAY", "maj, MAY", "des, DECEMBER",
        "tammikuu, JANUARY", "marras, NOVEMBER", "mar, MARCH", "sty, JANUARY", "paź, OCTOBER", "lis, NOVEMBER"})
    void readsMonthNamesOfCommonLanguages(String header, Month month) {
        assertThat(MonthNames.of(header)).isEqualTo(month);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jui", "Total", "Q1", "2026", "Jan 2026", "kpi", "m", ""})
    void refusesWhatIsNotOneMonth(String header) {
        assertThat(MonthNames.of(header)).isNull();
    }
}
