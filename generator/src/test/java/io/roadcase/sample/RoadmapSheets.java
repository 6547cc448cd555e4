package io.roadcase.sample;

import static io.roadcase.sample.Initiative.comment;
import static io.roadcase.sample.Initiative.item;

import io.roadcase.sample.SheetBuilder.Column;
import io.roadcase.sample.SheetBuilder.Format;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The {@code Roadmap} sheets of Northwind Cloud: one in the portfolio workbook (Field Experience and
 * Support Tools) and one in each of the Platform and Growth teams' own workbooks. Each team lays out
 * and spells its sheet its own way (column order, aliases, status words, progress as 60 % or 60),
 * and Roadcase concatenates the three.
 */
final class RoadmapSheets {

    private static final String FIELD = "Field productivity";
    private static final String ENTERPRISE = "Enterprise readiness";
    private static final String COST = "Cost to serve";
    private static final String RELIABILITY = "Reliability at scale";
    private static final String SELF_SERVE = "Self-serve growth";

    /** A column of a team's sheet and how an initiative fills it. */
    private record Field(Column column, Function<Initiative, Object> value) {
    }

    private RoadmapSheets() {
    }

    /** Field Experience and Support Tools keep their roadmap in the portfolio workbook. */
    static void portfolioRoadmap(SheetBuilder builder) {
        List<Initiative> items = List.of(
                item("FX-101", "Offline mode for the field app").in(FIELD, "Field Experience", "Priya Natarajan")
                        .status("done", 1.0).dates(d(2026, 1, 12), d(2026, 5, 29))
                        .rice(9200, "high", "high", 8).wsjf(13, 8, 5, 8)
                        .kpis("first-time-fix, field-app-wau").epic("NWC-1184")
                        .description("""
                                Technicians lose signal in basements and plant rooms. Jobs, checklists and photos \
                                now **sync when the connection returns**.

                                - Conflict rule: last write wins, field by field
                                - The upload queue survives an app restart"""),
                item("FX-102", "Route-aware dispatch suggestions").in(FIELD, "Field Experience", "Priya Natarajan")
                        .status("in-progress", 0.65).dates(d(2026, 6, 1), d(2026, 12, 18))
                        .rice(1400, "massive", "medium", 10).wsjf(20, 13, 3, 13)
                        .dependsOn("PLT-202").kpis("first-time-fix, nps").epic("NWC-1302")
                        .description("""
                                Suggest the best technician for a job from **skills, van stock and live traffic**. \
                                Dispatchers accept or override; every override is logged to improve the ranking.

                                Built on the job events of \
                                [Event bus v2](https://wiki.northwind.example/platform/event-bus)."""),
                item("FX-103", "Van stock and parts reservations").in(FIELD, "Field Experience", "Marco Bellini")
                        .status("planned", 0.0).dates(d(2027, 1, 11), d(2027, 4, 30))
                        .rice(6100, "medium", "medium", 6).wsjf(8, 5, 3, 8)
                        .dependsOn("FX-102").kpis("first-time-fix").epic("NWC-1377")
                        .description("Let technicians see and reserve the parts in their van and in the nearest "
                                + "depot before they drive out. Most repeat visits today are caused by a missing part."),
                item("FX-104", "Arrival notifications by SMS and e-mail").in(FIELD, "Field Experience", "Marco Bellini")
                        .status("done", 1.0).dates(d(2026, 2, 2), d(2026, 4, 24))
                        .rice(1400, "medium", "high", 3).wsjf(8, 5, 1, 3)
                        .kpis("nps").epic("NWC-1120")
                        .description("Customers get a *technician on the way* message with a live ETA link. "
                                + "Opt-out per customer account."),
                item("FX-105", "Field app 3.0 release").in(FIELD, "Field Experience", "Priya Natarajan")
                        .status("done", 1.0).milestone(d(2026, 6, 15), "yes")
                        .kpis("field-app-wau").epic("NWC-1250")
                        .description("Public release of the redesigned app on iOS and Android "
                                + "(offline mode, new job screen)."),
                item("FX-106", "Photo and signature capture v2").in(FIELD, "Field Experience", "Marco Bellini")
                        .status("at-risk", 0.7).dates(d(2026, 8, 3), d(2026, 11, 13))
                        .rice(9200, "low", "medium", 4).wsjf(5, 8, 8, 5)
                        .kpis("first-time-fix").epic("NWC-1333")
                        .description("""
                                Compressed photos, damage markers and a signature customers draw with a finger.

                                **At risk:** a camera API change in the last Android release broke capture on \
                                14 % of devices; the fix is in beta."""),
                item("FX-107", "Single sign-on (Okta, Microsoft Entra ID)").in(ENTERPRISE, "Field Experience", "Aisha Rahman")
                        .status("in-progress", 0.4).dates(d(2026, 9, 1), d(2027, 1, 29))
                        .rice(310, "massive", "high", 5).wsjf(13, 13, 8, 5)
                        .kpis("arr").epic("NWC-1341")
                        .description("SAML 2.0 and OIDC sign-in with just-in-time user provisioning. "
                                + "Required by **9 of the 12** enterprise deals in the pipeline."),
                item("FX-108", "Field app in German, French and Spanish").in(ENTERPRISE, "Field Experience", "Aisha Rahman")
                        .status("planned", 0.0).dates(d(2027, 7, 5), d(2027, 10, 29))
                        .rice(2100, "high", "low", 6).wsjf(8, 3, 2, 8)
                        .dependsOn("PLT-208").kpis("arr, nps").fundingCase("fc-eu-region").epic("NWC-1402")
                        .description("Translate the app and the customer messages for the EU launch. "
                                + "The translation memory is shared with the web app."),
                item("FX-109", "Voice notes for technicians").in(null, "Field Experience", "Priya Natarajan")
                        .status("planned", null)
                        .rice(9200, "low", "low", 3).kpis("field-app-wau")
                        .description("Idea from the customer advisory board: record a note instead of typing "
                                + "with gloves on. *Not sized yet; no theme agreed.*"),
                item("SUP-110", "AI-assisted ticket triage (pilot)").in(COST, "Support Tools", "Tomás Ferreira")
                        .status("planned", 0.0).dates(d(2026, 12, 1), d(2027, 5, 28))
                        .rice(48000, "medium", "medium", 5).wsjf(13, 5, 3, 5)
                        .dependsOn("SUP-111").kpis("cost-per-ticket").fundingCase("fc-support-ai").epic("NWC-1420")
                        .description("Classify incoming tickets, suggest an answer from the help centre and route "
                                + "to the right queue. The pilot starts with the **billing** and **scheduling** queues."),
                item("SUP-111", "Help-centre search relaunch").in(COST, "Support Tools", "Tomás Ferreira")
                        .status("done", 1.0).dates(d(2026, 2, 9), d(2026, 5, 29))
                        .rice(48000, "low", "high", 2).wsjf(5, 3, 1, 2)
                        .kpis("cost-per-ticket").epic("NWC-1151")
                        .description("New search index with synonyms (\"tech\" = \"technician\") and "
                                + "a *Was this helpful?* vote on every article."),
                item("SUP-112", "In-app support chat").in(COST, "Support Tools", "Nadia Haddad")
                        .status("blocked", 0.15).dates(d(2026, 10, 5), d(2027, 1, 15))
                        .rice(14000, "medium", "medium", 4).wsjf(5, 3, 2, 3)
                        .kpis("cost-per-ticket, nps").epic("NWC-1398")
                        .description("**Blocked:** waiting for the chat vendor's security review (the data "
                                + "processing agreement is not signed). Work resumes when Legal approves."),
                item("SUP-113", "Technician knowledge base").in(COST, "Support Tools", "Nadia Haddad")
                        .status("cancelled", 0.2).dates(d(2026, 4, 6), d(2026, 8, 28))
                        .kpis("first-time-fix").epic("NWC-1207")
                        .description("Cancelled in July: the content moved into the job checklists of FX-102, "
                                + "which technicians open anyway."));
        List<Field> fields = List.of(
                new Field(new Column("ID", 9, Format.TEXT), i -> i.id),
                new Field(new Column("Title", 34, Format.WRAP), i -> i.title),
                new Field(new Column("Theme", 20, Format.TEXT), i -> i.theme),
                new Field(new Column("Team", 16, Format.TEXT), i -> i.team),
                new Field(new Column("Owner", 16, Format.TEXT), i -> i.owner),
                new Field(new Column("Status", 12, Format.TEXT), i -> i.status),
                new Field(new Column("Start", 11, Format.DATE), i -> i.start),
                new Field(new Column("End", 11, Format.DATE), i -> i.end),
                new Field(new Column("Milestone", 10, Format.TEXT), i -> i.milestone),
                new Field(new Column("Progress", 9, Format.PERCENT), i -> i.progress),
                new Field(new Column("Confidence", 11, Format.TEXT), i -> i.confidence),
                new Field(new Column("Reach", 8, Format.INTEGER), i -> i.reach),
                new Field(new Column("Impact", 9, Format.TEXT), i -> i.impact),
                new Field(new Column("Effort", 7, Format.DECIMAL), i -> i.effort),
                new Field(new Column("Business value", 9, Format.INTEGER), i -> i.businessValue),
                new Field(new Column("Time criticality", 9, Format.INTEGER), i -> i.timeCriticality),
                new Field(new Column("Risk reduction", 9, Format.INTEGER), i -> i.riskReduction),
                new Field(new Column("Job size", 7, Format.INTEGER), i -> i.jobSize),
                new Field(new Column("Depends on", 12, Format.TEXT), i -> i.dependsOn),
                new Field(new Column("KPIs", 24, Format.TEXT), i -> i.kpis),
                new Field(new Column("Funding case", 15, Format.TEXT), i -> i.fundingCase),
                new Field(new Column("Description", 60, Format.WRAP), i -> i.description),
                new Field(new Column("Link", 40, Format.LINK), Initiative::link),
                new Field(new Column("Jira epic", 10, Format.TEXT), i -> i.epic));
        XSSFSheet sheet = write(builder, "Field Experience and Support Tools roadmap",
                "Reach = customers or users per quarter; effort in person-months; WSJF inputs on the Fibonacci scale.",
                fields, items);
        builder.dropdown(sheet, 5, items.size(), "planned", "in-progress", "done", "at-risk", "blocked", "cancelled");
    }

    /** The Platform team's own workbook: progress typed as 0–100, confidence as percent, impact as numbers. */
    static void platformRoadmap(SheetBuilder builder) {
        String team = "Platform";
        List<Initiative> items = List.of(
                item("PLT-201", "Move the scheduling engine to Kubernetes").in(RELIABILITY, team, "Elena Petrova")
                        .status("done", 100).dates(d(2025, 11, 3), d(2026, 4, 30))
                        .rice(1400, 2, 0.9, 14).wsjf(8, 5, 13, 13)
                        .kpis("deploy-frequency, availability").epic("NWC-1012")
                        .description("Replaces the hand-built VM fleet. **Result:** deploys went from 6 to 18 a "
                                + "week and a rollback takes two minutes."),
                item("PLT-202", "Event bus v2").in(RELIABILITY, team, "Kwame Asante")
                        .status("done", 100).dates(d(2026, 1, 5), d(2026, 5, 22))
                        .rice(1400, 1, 0.8, 8).wsjf(5, 5, 8, 8)
                        .kpis("availability").epic("NWC-1098")
                        .description("Kafka-based event bus replacing the polling jobs. Every change to a job is "
                                + "now an event (`job.created`, `job.assigned`, `job.closed`)."),
                item("PLT-203", "Billing service extraction").in(SELF_SERVE, team, "Kwame Asante")
                        .status("in-progress", 60).dates(d(2026, 8, 3), d(2026, 12, 18))
                        .rice(1400, 1, 0.8, 9).wsjf(13, 8, 5, 8)
                        .dependsOn("PLT-202").kpis("arr").fundingCase("fc-self-serve").epic("NWC-1310")
                        .description("Moves invoicing out of the monolith so that Growth can sell plans by card. "
                                + "In-app upgrades (GRW-304) wait for it."),
                item("PLT-204", "Unified observability stack").in(RELIABILITY, team, "Elena Petrova")
                        .status("in-progress", 25).dates(d(2026, 10, 1), d(2027, 3, 26))
                        .rice(1400, 2, 0.8, 12).wsjf(8, 8, 13, 8)
                        .dependsOn("PLT-201").kpis("mttr, change-failure-rate, availability")
                        .fundingCase("fc-observability").epic("NWC-1371")
                        .description("""
                                One place for logs, metrics and traces, with service level objectives per service:

                                1. Instrument the top 12 services
                                2. Alert on error-budget burn, not on CPU
                                3. Retire the three legacy monitoring tools"""),
                item("PLT-205", "On-call and incident process overhaul").in(RELIABILITY, team, "Lukas Brandt")
                        .status("in-progress", 55).dates(d(2026, 9, 14), d(2026, 12, 11))
                        .rice(1400, 1, 1.0, 3).wsjf(5, 8, 8, 3)
                        .kpis("mttr").fundingCase("fc-observability").epic("NWC-1366")
                        .description("Follow-the-sun rotation between Denver and Lisbon, incident commander "
                                + "training, blameless post-mortems within five working days."),
                item("PLT-206", "SOC 2 Type II report").in(ENTERPRISE, team, "Lukas Brandt")
                        .status("planned", 0).milestone(d(2027, 2, 26), "yes").wsjf(13, 13, 13, 5)
                        .dependsOn("PLT-205").kpis("arr").epic("NWC-1389")
                        .description("The audit window closes on 31 January; the auditor's report is due at the "
                                + "end of February."),
                item("PLT-207", "EU data residency region (Frankfurt)").in(ENTERPRISE, team, "Elena Petrova")
                        .status("planned", 0).dates(d(2027, 1, 11), d(2027, 6, 30))
                        .rice(180, 3, 0.5, 18).wsjf(20, 8, 5, 20)
                        .dependsOn("PLT-201").kpis("arr").fundingCase("fc-eu-region").epic("NWC-1412")
                        .description("A second production region so that EU customers' data never leaves the EU. "
                                + "Needs the funding case **fc-eu-region** approved by 10 December."),
                item("PLT-208", "EU region generally available").in(ENTERPRISE, team, "Elena Petrova")
                        .status("planned", 0).milestone(d(2027, 7, 1), "yes")
                        .dependsOn("PLT-207").kpis("arr").fundingCase("fc-eu-region")
                        .description("Go-live for the first three EU customers."),
                comment("# Parked: not scheduled yet (review at the Q1 planning)"),
                item("PLT-209", "Storage tiering for job photos").in(COST, team, "Kwame Asante")
                        .status("planned", 0).rice(1400, 0.5, 0.8, 4).wsjf(5, 1, 2, 3)
                        .kpis("gross-margin")
                        .description("Move photos older than 90 days to cold storage: about **$9k a month** "
                                + "less hosting."),
                item("PLT-210", "Active-active multi-region").in(RELIABILITY, team, "Elena Petrova")
                        .status("planned", null).horizon("later").rice(1400, 2, 0.5, 30)
                        .kpis("availability")
                        .description("Only worth it once the EU region runs. Kept here so that nobody "
                                + "proposes it twice."));
        List<Field> fields = List.of(
                new Field(new Column("ID", 9, Format.TEXT), i -> i.id),
                new Field(new Column("Title", 34, Format.WRAP), i -> i.title),
                new Field(new Column("Theme", 20, Format.TEXT), i -> i.theme),
                new Field(new Column("Team", 10, Format.TEXT), i -> i.team),
                new Field(new Column("Owner", 15, Format.TEXT), i -> i.owner),
                new Field(new Column("Status", 12, Format.TEXT), i -> i.status),
                new Field(new Column("Start", 11, Format.DATE), i -> i.start),
                new Field(new Column("End", 11, Format.DATE), i -> i.end),
                new Field(new Column("Milestone", 10, Format.TEXT), i -> i.milestone),
                new Field(new Column("Horizon", 9, Format.TEXT), i -> i.horizon),
                new Field(new Column("Progress", 9, Format.INTEGER), i -> i.progress),
                new Field(new Column("Reach", 8, Format.INTEGER), i -> i.reach),
                new Field(new Column("Impact", 8, Format.DECIMAL), i -> i.impact),
                new Field(new Column("Confidence", 11, Format.PERCENT), i -> i.confidence),
                new Field(new Column("Effort", 7, Format.DECIMAL), i -> i.effort),
                new Field(new Column("Business value", 9, Format.INTEGER), i -> i.businessValue),
                new Field(new Column("Time criticality", 9, Format.INTEGER), i -> i.timeCriticality),
                new Field(new Column("Risk reduction", 9, Format.INTEGER), i -> i.riskReduction),
                new Field(new Column("Job size", 7, Format.INTEGER), i -> i.jobSize),
                new Field(new Column("Dependencies", 12, Format.TEXT), i -> i.dependsOn),
                new Field(new Column("KPIs", 28, Format.TEXT), i -> i.kpis),
                new Field(new Column("Funding case", 15, Format.TEXT), i -> i.fundingCase),
                new Field(new Column("Description", 60, Format.WRAP), i -> i.description),
                new Field(new Column("Link", 40, Format.LINK), Initiative::link),
                new Field(new Column("Jira epic", 10, Format.TEXT), i -> i.epic));
        write(builder, "Platform team roadmap",
                "Progress in percent (0–100). Owner: Elena Petrova. Updated every second Friday.", fields, items);
    }

    /**
     * The Growth team's own workbook, with the header aliases they prefer ({@code Initiative},
     * {@code Pillar}, {@code Target date}, {@code Blocked by}, {@code Business case}), their own status
     * words, quarters typed as text for later items and an extra {@code Segment} column.
     */
    static void growthRoadmap(SheetBuilder builder) {
        String team = "Growth";
        List<Initiative> items = List.of(
                item("GRW-301", "Self-serve sign-up with card payment").in(SELF_SERVE, team, "Ravi Menon")
                        .status("Doing", 0.45).dates(d(2026, 9, 7), d(2027, 1, 29))
                        .rice(5200, "massive", 0.8, 8).wsjf(20, 13, 3, 8)
                        .dependsOn("GRW-302").kpis("trial-conversion, arr").fundingCase("fc-self-serve")
                        .segment("SMB").epic("NWC-1355")
                        .description("""
                                Sign up, pick a plan and pay by card without talking to sales \
                                (Stripe Checkout, tax by Stripe Tax).

                                Success = **20 %** trial-to-paid conversion by March."""),
                item("GRW-302", "Pricing page and plan redesign").in(SELF_SERVE, team, "Chloé Dubois")
                        .status("Shipped", 1.0).dates(d(2026, 5, 4), d(2026, 7, 31))
                        .rice(30000, "medium", "High", 3).wsjf(8, 5, 1, 3)
                        .kpis("trial-conversion").segment("SMB").epic("NWC-1260")
                        .description("Three plans instead of five; the annual price is shown first. "
                                + "A/B test: +11 % clicks on *Start trial*."),
                item("GRW-303", "Onboarding checklist in the product").in(SELF_SERVE, team, "Sam Okafor")
                        .status("Shipped", 1.0).dates(d(2026, 3, 2), d(2026, 5, 15))
                        .rice(5200, "high", "High", 2).wsjf(8, 3, 2, 2)
                        .kpis("trial-conversion, logo-churn").segment("SMB").epic("NWC-1190")
                        .description("Five steps to the first dispatched job. Trials that finish the checklist "
                                + "convert **2.4×** as often."),
                item("GRW-304", "In-app plan upgrades").in(SELF_SERVE, team, "Ravi Menon")
                        .status("At risk", 0.1).dates(d(2026, 11, 2), d(2027, 2, 26))
                        .rice(3800, "high", 0.5, 5).wsjf(13, 8, 2, 5)
                        .dependsOn("PLT-203").kpis("arr").fundingCase("fc-self-serve")
                        .segment("SMB, Mid-market").epic("NWC-1380")
                        .description("Upgrade seats or plan from the admin screen. **At risk:** it started before "
                                + "the billing service (PLT-203) is ready; the team builds against a stub until "
                                + "mid-December."),
                item("GRW-305", "Referral programme").in(SELF_SERVE, team, "Sam Okafor")
                        .status("Not started", 0.0).dates("2027-Q1", "2027-Q1")
                        .rice(2500, "medium", "Low", 3).wsjf(5, 3, 1, 3)
                        .dependsOn("GRW-303").kpis("trial-conversion").segment("SMB").epic("NWC-1415")
                        .description("One month free for both sides. Fraud checks before launch."),
                item("GRW-306", "Usage-based pricing experiment").in(SELF_SERVE, team, "Chloé Dubois")
                        .status("Dropped", 0.3).dates(d(2026, 4, 6), d(2026, 6, 26))
                        .kpis("arr").segment("Mid-market").epic("NWC-1222")
                        .description("Stopped after eight weeks: customers wanted a predictable bill. Learnings "
                                + "in the [pricing memo](https://wiki.northwind.example/growth/pricing-memo-2026)."),
                item("GRW-307", "Lifecycle e-mail journeys").in(SELF_SERVE, team, "Sam Okafor")
                        .status("Doing", 0.8).dates(d(2026, 8, 17), d(2026, 12, 11))
                        .rice(5200, "medium", 0.8, 3).wsjf(5, 5, 3, 3)
                        .kpis("trial-conversion, logo-churn").segment("SMB").epic("NWC-1322")
                        .description("Trial nurture (days 1, 3, 7 and 12) and a *win-back* series for "
                                + "cancelled accounts."),
                item("GRW-308", "Marketplace listings (Salesforce AppExchange, HubSpot)").in(SELF_SERVE, team, "Chloé Dubois")
                        .status("Not started", 0.0).dates("2027-Q2", "2027-Q3")
                        .rice(1500, "medium", "Low", 4).wsjf(5, 2, 1, 5)
                        .kpis("arr").segment("Mid-market")
                        .description("List the CRM connectors in the two marketplaces where mid-market buyers "
                                + "look first."),
                item("GRW-309", "Annual-plan discount test").in(SELF_SERVE, team, "Ravi Menon")
                        .status("Not started", null).horizon("next")
                        .rice(4000, "low", 0.8, 1).wsjf(3, 3, 1, 1)
                        .kpis("arr; logo-churn").segment("SMB")
                        .description("Test a 15 % against a 20 % discount for paying annually."),
                item("GRW-310", "Self-serve launch").in(SELF_SERVE, team, "Ravi Menon")
                        .status("Not started", 0.0).milestone(d(2027, 3, 1), "x")
                        .dependsOn("GRW-301; GRW-304").kpis("trial-conversion, arr").fundingCase("fc-self-serve")
                        .segment("SMB")
                        .description("Public launch: the pricing page goes live with *Buy now*."));
        List<Field> fields = List.of(
                new Field(new Column("ID", 9, Format.TEXT), i -> i.id),
                new Field(new Column("Initiative", 34, Format.WRAP), i -> i.title),
                new Field(new Column("Pillar", 18, Format.TEXT), i -> i.theme),
                new Field(new Column("Status", 12, Format.TEXT), i -> i.status),
                new Field(new Column("Owner", 14, Format.TEXT), i -> i.owner),
                new Field(new Column("Team", 9, Format.TEXT), i -> i.team),
                new Field(new Column("Segment", 16, Format.TEXT), i -> i.segment),
                new Field(new Column("Start", 11, Format.DATE), i -> i.start),
                new Field(new Column("Target date", 11, Format.DATE), i -> i.end),
                new Field(new Column("Milestone", 10, Format.TEXT), i -> i.milestone),
                new Field(new Column("Horizon", 9, Format.TEXT), i -> i.horizon),
                new Field(new Column("Progress", 9, Format.PERCENT), i -> i.progress),
                new Field(new Column("Reach", 8, Format.INTEGER), i -> i.reach),
                new Field(new Column("Impact", 9, Format.TEXT), i -> i.impact),
                new Field(new Column("Confidence", 11, Format.PERCENT), i -> i.confidence),
                new Field(new Column("Effort", 7, Format.DECIMAL), i -> i.effort),
                new Field(new Column("Business value", 9, Format.INTEGER), i -> i.businessValue),
                new Field(new Column("Time criticality", 9, Format.INTEGER), i -> i.timeCriticality),
                new Field(new Column("Risk reduction", 9, Format.INTEGER), i -> i.riskReduction),
                new Field(new Column("Job size", 7, Format.INTEGER), i -> i.jobSize),
                new Field(new Column("Blocked by", 14, Format.TEXT), i -> i.dependsOn),
                new Field(new Column("KPIs", 24, Format.TEXT), i -> i.kpis),
                new Field(new Column("Business case", 15, Format.TEXT), i -> i.fundingCase),
                new Field(new Column("Description", 60, Format.WRAP), i -> i.description),
                new Field(new Column("Link", 40, Format.LINK), Initiative::link),
                new Field(new Column("Jira epic", 10, Format.TEXT), i -> i.epic));
        XSSFSheet sheet = write(builder, "Growth roadmap (self-serve)",
                "Later items are planned by quarter. Status words: Not started, Doing, Shipped, At risk, Blocked, Dropped.",
                fields, items);
        builder.dropdown(sheet, 3, items.size(), "Not started", "Doing", "Shipped", "At risk", "Blocked", "Dropped");
    }

    private static XSSFSheet write(SheetBuilder builder, String title, String note, List<Field> fields,
            List<Initiative> items) {
        List<Object[]> rows = new ArrayList<>();
        for (Initiative initiative : items) {
            Object[] row = new Object[fields.size()];
            if (initiative.isComment()) {
                row[0] = initiative.id;
            } else {
                for (int c = 0; c < fields.size(); c++) {
                    row[c] = fields.get(c).value().apply(initiative);
                }
            }
            rows.add(row);
        }
        List<Column> columns = fields.stream().map(Field::column).toList();
        return builder.table("Roadmap", title, note, columns, rows, 2);
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
