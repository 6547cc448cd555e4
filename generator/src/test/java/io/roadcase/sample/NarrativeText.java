package io.roadcase.sample;

/** The Markdown narratives of the sample funding cases (summary, problem, proposal, alternatives). */
final class NarrativeText {

    static final String SELF_SERVE_SUMMARY = """
            Let small field-service companies **buy Northwind without talking to sales**: card payment, \
            self-serve plans and in-app upgrades.

            Funded in March 2026. This brief now tracks delivery against the case; the public launch is \
            planned for 1 March 2027.""";

    static final String SELF_SERVE_PROBLEM = """
            Two thirds of our inbound leads have fewer than 15 technicians. Each of them still goes through a \
            sales call, a quote and a manual invoice:

            - on average **19 days** from trial to first invoice
            - about six hours of sales time per small deal
            - 38 % of qualified small leads go quiet before the quote

            Competitors sell online in minutes, and our trial-to-paid conversion is stuck around 15 %.""";

    static final String SELF_SERVE_PROPOSAL = """
            Build the self-serve path in three steps:

            1. Extract the **billing service** from the monolith (PLT-203)
            2. **Sign-up with card payment** and the new pricing page (GRW-301, GRW-302)
            3. **In-app upgrades** (GRW-304), then the public launch

            Six engineers for a year, then two to run it. The benefits are new self-serve ARR and the sales \
            hours we stop spending on small deals. Background: the \
            [pricing research](https://wiki.northwind.example/growth/pricing-research).""";

    static final String SELF_SERVE_ALTERNATIVES = """
            - **Do nothing:** keep selling small deals by phone; the funnel keeps leaking.
            - **Reseller channel:** faster to start, but 25 % of the margin goes to the partner and we lose \
            the product data.
            - **A billing add-on to the CRM:** evaluated; it cannot price per technician.""";

    static final String OBSERVABILITY_SUMMARY = """
            Replace three monitoring tools with **one observability platform** and rebuild on-call, to bring \
            incident MTTR under 45 minutes and the change failure rate to 10 %.""";

    static final String OBSERVABILITY_PROBLEM = """
            Incidents take too long to diagnose: engineers jump between three tools that do not share a \
            timeline. Over the last 18 months:

            - MTTR was **96 minutes** at the start (target: 45)
            - the August 2025 EU-West outage lasted six hours and 40 customers asked for credits
            - one deploy in five caused an incident or a rollback""";

    static final String OBSERVABILITY_PROPOSAL = """
            Adopt a managed observability platform (logs, metrics, traces) with alerts on service level \
            objectives. Licences cost **$14,000 a month** on a three-year commitment. Platform implements it \
            in two quarters (PLT-204), together with the on-call overhaul (PLT-205).

            All benefits are savings: the legacy licences we retire, the incident cost we avoid (credits, \
            overtime, lost engineering hours) and less on-call overtime.""";

    static final String OBSERVABILITY_ALTERNATIVES = """
            1. **Self-host an open-source stack:** no licence, but two more SREs to run it, and a year before \
            it is as good.
            2. **Keep the tools, fix only on-call:** cheaper; at best half of the MTTR gain.""";

    static final String EU_SUMMARY = """
            Open a **Frankfurt region** so that EU customers' data stays in the EU. It unlocks an enterprise \
            pipeline in Germany, France and the Nordics worth about €1.3 M in annual contract value.""";

    static final String EU_PROBLEM = """
            Enterprise buyers in the EU require data residency (GDPR, works-council agreements). We lost \
            **four deals in 2026** on this point alone, and two existing customers wrote it into their renewal \
            terms for 2027.""";

    static final String EU_PROPOSAL = """
            Build a second production region in Frankfurt on the Kubernetes platform (PLT-207), certify it \
            (C5, ISO 27001 scope extension) and go live on 1 July 2027 (PLT-208).

            The cash flows are **dated**: legal review in December, build-out in January, certification in \
            March, then hosting and revenue at each quarter end. A decision is needed by **10 December** to \
            keep the July date.""";

    static final String EU_ALTERNATIVES = """
            - **Partner-hosted region:** less capital, but the partner's terms do not satisfy the works councils.
            - **Wait until 2028:** the pipeline goes to competitors that already offer an EU region.""";

    static final String SUPPORT_AI_SUMMARY = """
            A **pilot of AI-assisted triage** in two support queues, then a decision on rollout.

            *Draft:* as priced today the case does not pay back within two years; see the alternatives.""";

    static final String SUPPORT_AI_PROBLEM = """
            The help-centre relaunch brought the cost per ticket from $27.50 to about $19, but agents still \
            spend a third of their time reading and routing tickets instead of solving them.""";

    static final String SUPPORT_AI_PROPOSAL = """
            License a triage assistant ($114,000 a year) and integrate it with our help desk ($150,000 once). \
            Agents keep the last word; every suggestion is logged for a weekly quality review (SUP-110).""";

    static final String SUPPORT_AI_ALTERNATIVES = """
            1. **Negotiate usage-based pricing:** the vendor offered about $6,500 a month at our volume, which \
            would make the case positive (compare the *Optimistic* scenario).
            2. **Build on an open model:** a cheaper licence, more risk, six months later.""";

    static final String ONPREM_SUMMARY = """
            Keep supporting the on-premises v1 connector for three more years for the 14 customers still \
            using it.""";

    static final String ONPREM_PROBLEM = """
            The v1 connector reached end of life in June 2026; 14 customers (about **$250k ARR**) still \
            depend on it.""";

    static final String ONPREM_PROPOSAL = "Two engineers keep it patched and compatible until 2029.";

    static final String ONPREM_ALTERNATIVES = """
            **Chosen instead:** a migration offer (free cloud onboarding and three months at half price). \
            The case was rejected on 15 July 2026 because it loses money every year.""";

    private NarrativeText() {
    }
}
