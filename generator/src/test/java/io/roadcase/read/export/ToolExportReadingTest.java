package io.roadcase.read.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.read.PortfolioReader;
import io.roadcase.read.PortfolioReader.ReadResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exports as each tool writes them (made by hand from the tools' documented formats, in the test
 * resources), read through the whole reader into roadmap items, checked field by field.
 */
class ToolExportReadingTest {

    static Path folder(String name) throws URISyntaxException {
        return Path.of(ToolExportReadingTest.class.getResource(name).toURI());
    }

    static Initiative item(ReadResult result, String id) {
        return result.portfolio().initiatives().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    static Problem only(ReadResult result) {
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    @Test
    void readsAJiraCloudExportAsEpicsAndInitiatives() throws Exception {
        ReadResult result = PortfolioReader.read(folder("jira-cloud"));
        Problem said = only(result);
        assertThat(said.level()).isEqualTo(Problem.Level.INFO);
        assertThat(said.place()).isEqualTo(Place.file("Jira.csv"));
        assertThat(said.message()).startsWith("read as a Jira export: 5 roadmap items of 9 rows, taking epics and "
                + "initiatives").contains("skipped Story (3), Sub-task (1)")
                .contains("1 dependency on items not on the roadmap left out").contains("issue_types");
        assertThat(result.portfolio().initiatives()).extracting(Initiative::id)
                .containsExactly("PAY-1", "PAY-10", "PAY-11", "PAY-12", "PAY-13");

        Initiative checkout = item(result, "PAY-10");
        assertThat(checkout.title()).isEqualTo("Checkout redesign");
        assertThat(checkout.theme()).as("the parent initiative").isEqualTo("Grow self-service revenue");
        assertThat(checkout.parent()).as("its initiative is on the roadmap too: it rolls up into it").isEqualTo("PAY-1");
        assertThat(checkout.team()).isEqualTo("Payments squad");
        assertThat(checkout.owner()).as("the e-mail address is left out").isEqualTo("Ana Lima");
        assertThat(checkout.status()).as("In Review").isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThat(checkout.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(checkout.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(checkout.progress()).as("2 of its 3 stories done").isCloseTo(2 / 3.0, within(0.001));
        assertThat(checkout.description()).isEqualTo("One page, fewer fields.\nMeasured by conversion.");
        assertThat(checkout.dependsOn()).isEmpty();
        assertThat(checkout.extra()).containsEntry("Issue Type", "Epic").containsEntry("Status", "In Review")
                .containsEntry("Labels", "checkout, q3, ux").containsEntry("Components", "Web, Payments")
                .containsEntry("Sprint", "PAY Sprint 14, PAY Sprint 15").containsEntry("Watchers", "Ana Lima, Tom Berg")
                .containsEntry("Comment", "01/Oct/26 9:00 AM;Tom Berg;Design is signed off, build starts\n"
                        + "02/Oct/26 9:00 AM;Ana Lima;Scope cut: no gift cards")
                .doesNotContainKeys("Last Viewed", "Issue id", "Summary", "Due date");
        assertThat(checkout.origin().at("status")).isEqualTo(Place.csv("Jira.csv", 3, "Status"));
        assertThat(checkout.origin().at("start")).isEqualTo(Place.csv("Jira.csv", 3, "Custom field (Start date)"));

        Initiative initiative = item(result, "PAY-1");
        assertThat(initiative.theme()).as("no parent, no component: the first label").isEqualTo("strategy");
        assertThat(initiative.progress()).as("its one epic is not done").isEqualTo(0.0);
        assertThat(initiative.end()).isEqualTo(LocalDate.of(2027, 3, 31));

        Initiative fraud = item(result, "PAY-11");
        assertThat(fraud.dependsOn()).as("blocked by PAY-10 and by a story, which is not on the roadmap")
                .containsExactly("PAY-10");
        assertThat(fraud.theme()).as("its component").isEqualTo("Risk");
        assertThat(fraud.parent()).as("no parent in the export").isNull();
        assertThat(fraud.status()).as("Selected for Development").isEqualTo(InitiativeStatus.PLANNED);
        assertThat(fraud.team()).isEqualTo("Risk squad");

        assertThat(item(result, "PAY-12").status()).as("Won't Do").isEqualTo(InitiativeStatus.CANCELLED);
        assertThat(item(result, "PAY-12").team()).as("no team: the project").isEqualTo("Payments");
        Initiative payouts = item(result, "PAY-13");
        assertThat(payouts.status()).as("an unknown word, Status Category To Do").isEqualTo(InitiativeStatus.PLANNED);
        assertThat(payouts.extra()).containsEntry("Status", "Awaiting Sign-off");
        assertThat(payouts.origin().at("status")).isEqualTo(Place.csv("Jira.csv", 7, "Status Category"));
    }

    @Test
    void readsAGermanJiraExport() throws Exception {
        ReadResult result = PortfolioReader.read(folder("jira-de"));
        assertThat(only(result).message()).startsWith("read as a Jira export: 3 roadmap items of 6 rows")
                .contains("skipped Aufgabe (2), Unteraufgabe (1)");
        Initiative payments = item(result, "ZA-1");
        assertThat(payments.title()).isEqualTo("Zahlungsabwicklung erneuern");
        assertThat(payments.status()).as("In Arbeit").isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThat(payments.start()).as("01/Okt/26").isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(payments.end()).as("31.12.2026").isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(payments.owner()).isEqualTo("Jana Becker");
        assertThat(payments.team()).isEqualTo("Zahlungen");
        assertThat(payments.theme()).isEqualTo("zahlung");
        assertThat(payments.description()).isEqualTo("Alte Schnittstellen ablösen");
        assertThat(payments.progress()).as("one of its two tasks is Fertig").isEqualTo(0.5);
        assertThat(payments.extra()).containsEntry("Stichwörter", "zahlung, plattform")
                .containsEntry("Beobachter", "Jana Becker, Paul Wolf").containsEntry("Vorgangstyp", "Epic")
                .doesNotContainKeys("Zuletzt angezeigt", "Vorgangs-ID");
        Initiative onboarding = item(result, "ZA-2");
        assertThat(onboarding.status()).as("Zu erledigen").isEqualTo(InitiativeStatus.PLANNED);
        assertThat(onboarding.start()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(onboarding.end()).as("15/Mär/27").isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(item(result, "ZA-3").status()).as("Fertig").isEqualTo(InitiativeStatus.DONE);
    }

    @Test
    void keepsTheLatestRowOfEachKeyOfAStatusHistory() throws Exception {
        ReadResult result = PortfolioReader.read(folder("jira-history"));
        assertThat(only(result).message()).contains("2 roadmap items of 7 rows")
                .contains("the rows hold 3 keys (a status history): the latest row of each is read");
        List<Initiative> items = result.portfolio().initiatives();
        assertThat(items).extracting(Initiative::id).containsExactly("OPS-1", "OPS-2");
        assertThat(items.get(0).status()).as("updated 20 June, though a March row comes later in the file")
                .isEqualTo(InitiativeStatus.DONE);
        assertThat(items.get(0).origin().row()).isEqualTo(4);
        assertThat(items.get(1).status()).isEqualTo(InitiativeStatus.BLOCKED);
        assertThat(items.get(1).origin().row()).isEqualTo(5);
    }

    @Test
    void readsALinearExport() throws Exception {
        ReadResult result = PortfolioReader.read(folder("linear"));
        assertThat(only(result).message()).startsWith("read as a Linear export: 4 roadmap items of 6 rows")
                .contains("skipped sub-items (2)");
        Initiative billing = item(result, "ENG-1");
        assertThat(billing.title()).isEqualTo("Usage-based billing");
        assertThat(billing.theme()).as("its initiative").isEqualTo("Monetisation");
        assertThat(billing.team()).isEqualTo("Engineering");
        assertThat(billing.owner()).isEqualTo("Sara Haddad");
        assertThat(billing.status()).isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThat(billing.start()).as("Started").isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(billing.end()).as("Due Date").isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(billing.progress()).as("one of two sub-issues done").isEqualTo(0.5);
        assertThat(billing.description()).isEqualTo("Bill by seats **and** usage.");
        assertThat(billing.extra()).containsEntry("Project", "Billing v2").containsEntry("Labels", "billing, backend")
                .containsEntry("Cycle Name", "Cycle 12").doesNotContainKeys("Project ID", "Status");
        Initiative invoices = item(result, "ENG-2");
        assertThat(invoices.status()).isEqualTo(InitiativeStatus.DONE);
        assertThat(invoices.start()).as("an older export's JavaScript date").isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(invoices.end()).as("no due date: when it was completed").isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(item(result, "ENG-5").status()).isEqualTo(InitiativeStatus.CANCELLED);
        assertThat(item(result, "ENG-5").theme()).as("no initiative, no project: the first label").isEqualTo("chore");
        Initiative deploys = item(result, "ENG-6");
        assertThat(deploys.status()).as("Backlog").isEqualTo(InitiativeStatus.PLANNED);
        assertThat(deploys.theme()).isEqualTo("Reliability");
    }

    @Test
    void readsAGitHubProjectsViewExportedAsTsv() throws Exception {
        ReadResult result = PortfolioReader.read(folder("github"));
        assertThat(only(result).message()).startsWith("read as a GitHub Projects export: 3 roadmap items of 4 rows")
                .contains("skipped sub-items (1)");
        Initiative offline = item(result, "mobile-12");
        assertThat(offline.title()).isEqualTo("Offline mode");
        assertThat(offline.link()).isEqualTo("https://github.com/acme/mobile/issues/12");
        assertThat(offline.owner()).isEqualTo("kim, lee");
        assertThat(offline.status()).isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThat(offline.theme()).isEqualTo("sync");
        assertThat(offline.team()).isEqualTo("acme/mobile");
        assertThat(offline.progress()).as("Sub-issues progress 2/5").isEqualTo(0.4);
        assertThat(offline.start()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(offline.end()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(offline.extra()).containsEntry("Labels", "sync, mobile").containsEntry("Milestone", "v3.0");
        assertThat(offline.origin().at("progress")).isEqualTo(Place.csv("Roadmap view.tsv", 2, "Sub-issues progress"));
        assertThat(item(result, "api-7").status()).isEqualTo(InitiativeStatus.DONE);
        Initiative draft = item(result, "draft-explore-a-plugin-store");
        assertThat(draft.status()).isEqualTo(InitiativeStatus.PLANNED);
        assertThat(draft.end()).as("2027-Q2").isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(draft.link()).isNull();
    }

    @Test
    void readsAnAzureDevOpsQueryWithTheIssueTypesSetting() throws Exception {
        ReadResult result = PortfolioReader.read(folder("ado"));
        assertThat(result.problems()).noneMatch(Problem::isError);
        assertThat(result.problems()).filteredOn(p -> p.place().file().equals("query-results.csv")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("read as an Azure DevOps export: 4 roadmap items "
                        + "of 6 rows, taking the issue types Epic, Feature (setting issue_types)")
                        .contains("skipped User Story (1), Task (1)"));
        assertThat(result.portfolio().initiatives()).extracting(Initiative::id).containsExactly("100", "101", "102", "105");
        Initiative portal = item(result, "100");
        assertThat(portal.title()).isEqualTo("Self-service portal");
        assertThat(portal.owner()).isEqualTo("Priya Natarajan");
        assertThat(portal.team()).as("the last part of the area path").isEqualTo("Portal");
        assertThat(portal.status()).as("Active").isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThat(portal.start()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(portal.end()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(portal.theme()).as("the first tag").isEqualTo("portal");
        assertThat(portal.businessValue()).isEqualTo(40.0);
        assertThat(portal.timeCriticality()).isEqualTo(20.0);
        assertThat(portal.jobSize()).isEqualTo(13.0);
        assertThat(portal.description()).as("its HTML as text")
                .isEqualTo("Customers fix their own billing issues.\n\n- fewer tickets\n- faster answers");
        assertThat(portal.progress()).as("of its features not removed, one of two closed").isEqualTo(0.5);
        Initiative invoices = item(result, "101");
        assertThat(invoices.theme()).as("its parent epic").isEqualTo("Self-service portal");
        assertThat(invoices.team()).isEqualTo("Billing");
        assertThat(invoices.status()).isEqualTo(InitiativeStatus.DONE);
        assertThat(item(result, "105").status()).as("Removed").isEqualTo(InitiativeStatus.CANCELLED);
    }

    @Test
    void readsAnAsanaProjectExport() throws Exception {
        ReadResult result = PortfolioReader.read(folder("asana"));
        assertThat(only(result).message()).startsWith("read as an Asana export: 3 roadmap items of 5 rows")
                .contains("skipped sub-items (2)");
        Initiative pricing = item(result, "1207000000000001");
        assertThat(pricing.title()).isEqualTo("Pricing page refresh");
        assertThat(pricing.theme()).as("its section").isEqualTo("Website");
        assertThat(pricing.owner()).isEqualTo("Inès Moreau");
        assertThat(pricing.status()).isEqualTo(InitiativeStatus.PLANNED);
        assertThat(pricing.start()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(pricing.end()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(pricing.progress()).as("its one subtask is complete").isEqualTo(1.0);
        assertThat(pricing.description()).isEqualTo("Two tiers, one table.\nLegal must review the footnotes.");
        assertThat(item(result, "1207000000000002").status()).as("completed").isEqualTo(InitiativeStatus.DONE);
        Initiative webinar = item(result, "1207000000000003");
        assertThat(webinar.status()).as("in the In Progress column").isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThat(webinar.theme()).as("a column is not a theme: the first tag").isEqualTo("launch");
        assertThat(webinar.dependsOn()).containsExactly("1207000000000001");
        assertThat(webinar.origin().at("status")).isEqualTo(Place.csv("Launch plan.csv", 5, "Section/Column"));
    }
}
