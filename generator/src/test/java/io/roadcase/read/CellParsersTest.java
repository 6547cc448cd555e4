package io.roadcase.read;

import static io.roadcase.read.Feed.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadcase.source.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellParsersTest {

    @Test
    void matchesNamesLoosely() {
        assertThat(LooseNames.key("KPI Values")).isEqualTo(LooseNames.key("kpi_values")).isEqualTo(LooseNames.key("kpi-values"))
                .isEqualTo(LooseNames.key("  Kpi  -  values "));
        assertThat(LooseNames.key("kpivalues")).isNotEqualTo(LooseNames.key("kpi values"));
    }

    @Test
    void textOfANumberCellIsItsDisplayedText() throws BadCell {
        assertThat(TextCells.text(Cell.number(101, "101"))).isEqualTo("101");
        assertThat(TextCells.text(Cell.number(101, ""))).isEqualTo("101");
        assertThat(TextCells.text(cell("  padded  "))).isEqualTo("padded");
        assertThat(TextCells.text(Cell.BLANK)).isNull();
    }

    @Test
    void markdownIsKeptAsWritten() throws BadCell {
        assertThat(TextCells.markdown(cell("**bold**\n\n<script>x</script>  "))).isEqualTo("**bold**\n\n<script>x</script>  ");
    }

    @Test
    void idOfAWholeNumberCellIsItsDigits() throws BadCell {
        assertThat(TextCells.id(Cell.number(101, "101"))).isEqualTo("101");
        assertThat(TextCells.id(Cell.number(101, "1,01E+02"))).isEqualTo("101");
        assertThat(TextCells.id(Cell.number(7, "007"))).isEqualTo("007");
        assertThat(TextCells.id(cell("CHK-1.a_b"))).isEqualTo("CHK-1.a_b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "-leading", ".hidden", "a/b", "ünïcode", "x<y"})
    void rejectsIdsThatAreNotSafeFileNames(String id) {
        assertThatThrownBy(() -> TextCells.id(cell(id))).isInstanceOf(BadCell.class)
                .hasMessageContaining("expected an id").hasMessageContaining('"' + id + '"');
    }

    @Test
    void acceptsIdsUpTo64Characters() throws BadCell {
        assertThat(TextCells.id(cell("a".repeat(64)))).hasSize(64);
        assertThatThrownBy(() -> TextCells.id(cell("a".repeat(65)))).isInstanceOf(BadCell.class);
    }

    @Test
    void splitsListsOnCommasSemicolonsAndLineBreaks() throws BadCell {
        assertThat(TextCells.list(cell("A, B;C\nD,, ;\r\nE, A"))).containsExactly("A", "B", "C", "D", "E");
        assertThat(TextCells.list(Cell.BLANK)).isEmpty();
    }

    @Test
    void namesEveryBadItemOfAnIdList() {
        assertThatThrownBy(() -> TextCells.ids(cell("A, b c, D, e f"), false))
                .hasMessageContaining("\"b c\", \"e f\"").hasMessageNotContaining("\"A\"");
    }

    @Test
    void acceptsStarOnlyWhereAllowed() throws BadCell {
        assertThat(TextCells.ids(cell("*"), true)).containsExactly("*");
        assertThatThrownBy(() -> TextCells.ids(cell("*"), false)).isInstanceOf(BadCell.class);
    }

    @ParameterizedTest
    @CsvSource({"yes,true", "No,false", "TRUE,true", "false,false", "y,true", "N,false", "1,true", "0,false",
        "x,true", "X,true"})
    void readsBooleanWords(String text, boolean expected) throws BadCell {
        assertThat(TextCells.bool(cell(text))).isEqualTo(expected);
    }

    @Test
    void readsBooleanCellsNumbersAndBlank() throws BadCell {
        assertThat(TextCells.bool(cell(true))).isTrue();
        assertThat(TextCells.bool(cell(false))).isFalse();
        assertThat(TextCells.bool(cell(1))).isTrue();
        assertThat(TextCells.bool(Cell.BLANK)).isFalse();
        assertThatThrownBy(() -> TextCells.bool(cell("maybe"))).hasMessageContaining("expected yes or no")
                .hasMessageContaining("found \"maybe\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/x?y=1", "http://jira.local/ABC-1", "mailto:team@example.com",
        "HTTPS://EXAMPLE.COM"})
    void acceptsWebAndMailLinks(String url) throws BadCell {
        assertThat(TextCells.url(cell(url))).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "ftp://x", "file:///etc/passwd", "example.com",
        "https://", "https://a b"})
    void rejectsOtherLinks(String url) {
        assertThatThrownBy(() -> TextCells.url(cell(url))).hasMessageContaining("http://, https:// or mailto:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1250|1250", "1,250.50|1250.5", "$1,250|1250", "€ 3.5|3.5", "(1,200)|-1200",
        "12%|0.12", "-5|-5", "+5|5", "−3|-3", "USD 1,000|1000", "1000 EUR|1000", "3.5 €|3.5", "1e3|1000",
        ".5|0.5", "-$1,250.75|-1250.75", "$-4|-4", "( 12 )|-12", "1 000|-"})
    void readsTextNumbers(String text, String expected) {
        Double value = NumberCells.parse(text);
        if (expected.equals("-")) {
            assertThat(value).isNull();
        } else {
            assertThat(value).isEqualTo(Double.parseDouble(expected));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,5", "12,34,5", "(12", "12)", "--5", "-(5)", "NaN", "Infinity", "1.2.3", "$",
        "1,250.50.1", "five", "1e999", "0x10", "12 apples"})
    void rejectsTextThatIsNotANumber(String text) {
        assertThatThrownBy(() -> NumberCells.number(cell(text))).isInstanceOf(BadCell.class)
                .hasMessage("expected a number such as 1250, 1,250.50, $1,250 or (1,200), found \"" + text + "\"");
    }

    @Test
    void rejectsErrorBooleanAndDateCellsAsNumbers() {
        assertThatThrownBy(() -> NumberCells.number(new Cell(Cell.Kind.ERROR, "#DIV/0!", 0, null)))
                .hasMessageContaining("found the spreadsheet error #DIV/0!");
        assertThatThrownBy(() -> NumberCells.number(cell(true))).isInstanceOf(BadCell.class);
        assertThatThrownBy(() -> NumberCells.number(cell(java.time.LocalDate.of(2026, 1, 1))))
                .hasMessageContaining("found the date 2026-01-01");
    }

    @Test
    void readsNumberCellsAsTheirValue() throws BadCell {
        assertThat(NumberCells.number(Cell.number(1234.5, "1,234.50 €"))).isEqualTo(1234.5);
        assertThat(NumberCells.number(Cell.BLANK)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12%|0.12", "0.12|0.12", "12|0.12", "1|1", "100|1", "12.5 %|0.125",
        "150%|1.5", "0|0"})
    void readsPercents(String text, double expected) throws BadCell {
        assertThat(NumberCells.percent(cell(text))).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void readsPercentFormattedCellsAsFractions() throws BadCell {
        assertThat(NumberCells.percent(Feed.percentCell(0.12))).isEqualTo(0.12);
        assertThat(NumberCells.percent(Feed.percentCell(1.5))).isEqualTo(1.5);
        assertThat(NumberCells.percent(cell(50))).isEqualTo(0.5);
        assertThatThrownBy(() -> NumberCells.percent(cell("lots"))).hasMessageContaining("expected a percent");
    }

    @Test
    void rejectsFractionsWhereAWholeNumberIsNeeded() throws BadCell {
        assertThat(NumberCells.whole(cell("3"), "a whole number")).isEqualTo(3);
        assertThatThrownBy(() -> NumberCells.whole(cell(2.5), "a whole number"))
                .hasMessage("expected a whole number, found the number 2.5");
    }

    @Test
    void matchesEnumWordsAndAliasesLoosely() throws BadCell {
        assertThat(RoadmapTable.STATUSES.parse(cell("In Progress"))).isEqualTo(io.roadcase.model.InitiativeStatus.IN_PROGRESS);
        assertThat(RoadmapTable.STATUSES.parse(cell("in_progress"))).isEqualTo(io.roadcase.model.InitiativeStatus.IN_PROGRESS);
        assertThat(RoadmapTable.STATUSES.parse(cell("WIP"))).isEqualTo(io.roadcase.model.InitiativeStatus.IN_PROGRESS);
        assertThat(RoadmapTable.STATUSES.parse(cell("Not Started"))).isEqualTo(io.roadcase.model.InitiativeStatus.PLANNED);
        assertThat(RoadmapTable.STATUSES.parse(cell("canceled"))).isEqualTo(io.roadcase.model.InitiativeStatus.CANCELLED);
    }

    @Test
    void listsTheAcceptedWordsForAnUnknownWord() {
        assertThatThrownBy(() -> RoadmapTable.STATUSES.parse(cell("eventually"))).hasMessage(
                "expected one of planned, in-progress, done, at-risk, blocked, cancelled, found \"eventually\"");
    }

    @Test
    void describesFoundValuesOnOneShortLine() {
        assertThat(FoundText.describe(cell("a\nb"))).isEqualTo("\"a b\"");
        assertThat(FoundText.describe(cell("x".repeat(100)))).hasSize(63).endsWith("…\"");
        assertThat(List.of(FoundText.describe(cell(3.5)), FoundText.describe(Cell.BLANK)))
                .containsExactly("the number 3.5", "nothing");
    }
}
