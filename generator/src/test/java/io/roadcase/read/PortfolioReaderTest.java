package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.check.Checker;
import io.roadcase.model.CashFlow;
import io.roadcase.model.Direction;
import io.roadcase.model.FundingCase;
import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Place;
import io.roadcase.model.Portfolio;
import io.roadcase.model.Problem;
import io.roadcase.read.PortfolioReader.ReadResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end over a folder of CSV files in the test resources. */
class PortfolioReaderTest {

    private static Path csvPortfolio() throws URISyntaxException {
        return Path.of(PortfolioReaderTest.class.getResource("csv-portfolio").toURI());
    }

    @Test
    void readsEveryTableOfACsvFolder() throws Exception {
        ReadResult result = PortfolioReader.read(csvPortfolio());
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(p.place()).isEqualTo(Place.file("notes.csv"));
            assertThat(p.message()).contains("notes.csv holds no table Roadcase reads").contains("roadmap, kpis");
        });
        assertThat(result.files()).hasSize(11);
        Portfolio portfolio = result.portfolio();
        assertThat(portfolio.settings().title()).isEqualTo("Acme Portfolio");
        assertThat(portfolio.kpis()).extracting(k -> k.direction()).containsExactly(Direction.HIGHER, Direction.LOWER);
        assertThat(portfolio.kpis().get(0).target()).isEqualTo(0.05);
        assertThat(portfolio.observations()).hasSize(3);
        assertThat(portfolio.observations().get(0).value()).isEqualTo(0.031);
        assertThat(portfolio.scenarios()).hasSize(1);
        assertThat(portfolio.risks().get(0).likelihood()).isEqualTo(4);
    }

    @Test
    void concatenatesTheSameTableFromSeveralFilesInNameOrder() throws Exception {
        List<Initiative> items = PortfolioReader.read(csvPortfolio()).portfolio().initiatives();
        assertThat(items).extracting(Initiative::id).containsExactly("CHK-1", "CHK-2", "GA");
        assertThat(items.get(0).origin().file()).isEqualTo("initiatives.csv");
        assertThat(items.get(0).status()).isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThat(items.get(0).progress()).isEqualTo(0.45);
        assertThat(items.get(0).extra()).containsEntry("Jira", "PAY-1");
        Initiative ga = items.get(2);
        assertThat(ga.title()).isEqualTo("General\navailability");
        assertThat(ga.dependsOn()).containsExactly("CHK-1", "CHK-2");
        assertThat(ga.origin().at("end")).isEqualTo(Place.csv("roadmap.csv", 5, "due"));
    }

    @Test
    void readsSettingsBeforeTheTablesTheyShape() throws Exception {
        Portfolio portfolio = PortfolioReader.read(csvPortfolio()).portfolio();
        Initiative savedCards = portfolio.initiatives().get(1);
        // roadmap.csv comes before settings.csv, yet its 03/04/2026 is read with date_format dd/MM/yyyy.
        assertThat(savedCards.start()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(savedCards.theme()).isEqualTo("Other");
        FundingCase crm = portfolio.fundingCases().get(0);
        assertThat(crm.currency()).isEqualTo("EUR");
        assertThat(crm.discountRate()).isEqualTo(0.08);
        assertThat(crm.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(crm.ask()).isEqualTo(250_000);
        assertThat(crm.costSharing()).hasSize(3);
    }

    @Test
    void defaultsCaseStartToTheGivenReportDatesYear() throws Exception {
        Portfolio portfolio = PortfolioReader.read(csvPortfolio(), LocalDate.of(2030, 6, 1), null).portfolio();
        assertThat(portfolio.fundingCases().get(0).start()).isEqualTo(LocalDate.of(2030, 1, 1));
        // The settings' report_date (2026-11-24) wins over a fallback such as the Maven build date.
        Portfolio fallback = PortfolioReader.read(csvPortfolio(), null, LocalDate.of(2031, 1, 1)).portfolio();
        assertThat(fallback.fundingCases().get(0).start()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void expandsStarToEveryCase() throws Exception {
        Portfolio portfolio = PortfolioReader.read(csvPortfolio()).portfolio();
        assertThat(portfolio.stakeholders().get(0).cases()).containsExactly("crm");
        List<CashFlow> flows = portfolio.cashFlows();
        assertThat(flows).extracting(CashFlow::category).containsExactly("Licences", "savings", "Cloud savings");
        assertThat(flows.get(1).amount()).isEqualTo(-5000);
    }

    @Test
    void checksTheFolderWithoutErrors() throws Exception {
        ReadResult result = PortfolioReader.read(csvPortfolio());
        List<Problem> problems = Checker.check(result.portfolio(), LocalDate.of(2026, 11, 24));
        assertThat(problems).noneMatch(Problem::isError);
        assertThat(problems).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("schedule conflict: \"CHK-2\""))
                .anySatisfy(m -> assertThat(m).startsWith("overdue: \"CHK-2\""));
    }

    @Test
    void reportsAnUnreadableFileAndReadsTheOthers(@TempDir Path folder) throws Exception {
        copy(csvPortfolio(), folder);
        Files.write(folder.resolve("broken.xlsx"), new byte[] {1, 2, 3, 4});
        ReadResult result = PortfolioReader.read(folder);
        assertThat(result.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.place()).isEqualTo(Place.file("broken.xlsx"));
            assertThat(p.message()).startsWith("cannot read this file: ");
        });
        assertThat(result.portfolio().initiatives()).hasSize(3);
    }

    @Test
    void reportsAMissingDataDirectory(@TempDir Path folder) {
        ReadResult result = PortfolioReader.read(folder.resolve("nope"));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("does not exist");
        });
        assertThat(result.portfolio().initiatives()).isEmpty();
    }

    @Test
    void returnsProblemsSortedByPlace(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("roadmap.csv"), "id,title,start\nB,Beta,soon\nA,Alpha,later\n");
        Files.writeString(folder.resolve("kpis.csv"), "id,name,target\nk,K,lots\n");
        List<Problem> problems = PortfolioReader.read(folder).problems();
        assertThat(problems).extracting(p -> p.place().file() + ":" + p.place().line())
                .containsExactly("kpis.csv:2", "roadmap.csv:2", "roadmap.csv:3");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }
}
