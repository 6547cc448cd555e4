package io.roadcase.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.model.CaseStatus;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Report;
import io.roadcase.model.Stakeholder;
import io.roadcase.site.PageTemplates;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the message templates see, and what the built-in ones make of it. */
class MessageModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void flagsTheDecisionDateOfAnOpenCaseWhenPastOrWithinTwoWeeks() {
        assertThat(MessageModel.decision(CaseStatus.PROPOSED, DAY.minusDays(1), DAY)).isEqualTo("past");
        assertThat(MessageModel.decision(CaseStatus.DRAFT, DAY, DAY)).isEqualTo("soon");
        assertThat(MessageModel.decision(CaseStatus.PROPOSED, DAY.plusDays(14), DAY)).isEqualTo("soon");
        assertThat(MessageModel.decision(CaseStatus.PROPOSED, DAY.plusDays(15), DAY)).isNull();
        assertThat(MessageModel.decision(CaseStatus.APPROVED, DAY.minusDays(30), DAY)).as("decided").isNull();
        assertThat(MessageModel.decision(CaseStatus.PROPOSED, null, DAY)).isNull();
    }

    @Test
    void listsTheOffTargetKpisOfTheRecipientsCasesAndShowsChangesWhenGiven() throws Exception {
        Report report = Fixtures.report();
        Delivery portfolio = new Delivery(new Stakeholder("Pat", "pat@example.com", "CFO", List.of(), true, null),
                List.of(), true);
        Map<String, Object> model = MessageModel.of(report, portfolio, Set.of(), List.of("NPV of crm: +10,000"));

        @SuppressWarnings("unchecked")
        List<MessageModel.KpiLine> kpis = (List<MessageModel.KpiLine>) model.get("kpisOffTarget");
        List<String> expected = report.kpis().stream()
                .filter(k -> k.status() == KpiStatus.AMBER || k.status() == KpiStatus.RED).map(KpiFigures::id).toList();
        assertThat(expected).as("the fixture has a red and an amber KPI").hasSize(2);
        assertThat(kpis).extracting(MessageModel.KpiLine::id).containsExactlyElementsOf(expected);

        PageTemplates templates = new PageTemplates(null);
        String text = templates.render("mail/message.txt.ftl", model);
        assertThat(text).contains("Hello Pat,", "What changed since the baseline:", "  - NPV of crm: +10,000");
        assertThat(templates.render("mail/message.ftlh", model)).contains("<li>NPV of crm: +10,000</li>");

        Map<String, Object> noBaseline = MessageModel.of(report, portfolio, Set.of(), null);
        assertThat(templates.render("mail/message.txt.ftl", noBaseline)).doesNotContain("What changed");
    }

    @Test
    void figuresReadAsOnTheSiteAndInTheBriefs() throws Exception {
        Report report = Fixtures.report();
        Delivery all = new Delivery(new Stakeholder("Pat", "pat@example.com", "CFO", List.of(), true, null),
                report.fundingCases(), true);
        String text = new PageTemplates(null).render("mail/message.txt.ftl", MessageModel.of(report, all, Set.of(),
                null));
        // The same text as PdfRendererTest finds in the brief and the site shows (one look.Formats)
        assertThat(text).contains("Ask: USD 450,000", "NPV: USD 214,164", "IRR: 33.1%", "Payback: 2.0 years",
                "Checkout conversion: 4.5% (target 5.0%, Off target)");
        assertThat(text).as("the case without cash flows").contains("NPV: —", "IRR: —", "Payback: —")
                .doesNotContain("US$", "n/a");
    }
}
