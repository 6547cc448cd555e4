package io.roadcase.mail;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.CaseStatus;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.KpiStatus;
import io.roadcase.model.Report;
import io.roadcase.model.Settings;
import io.roadcase.site.PageFormats;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the message templates ({@code mail/subject.ftl}, {@code mail/message.ftlh},
 * {@code mail/message.txt.ftl}) see. Figures come formatted by the site's {@link PageFormats}, so a message
 * reads like the pages; {@code fmt} and {@code report} are there too for templates of one's own. The
 * recipient's address is not in the model.
 */
public final class MessageModel {

    /** A decision date this close (or closer) to the report date is flagged. */
    static final int SOON_DAYS = 14;

    private MessageModel() {
    }

    /** The stakeholder the message is for: name and role, never the address. */
    public record Recipient(String name, String role) {
    }

    /**
     * One funding case as the message shows it.
     *
     * @param decision     {@code past} when an open case's decision date has passed, {@code soon} when it is
     *                     within two weeks, otherwise null
     * @param page         the case's page on the published site, or null without {@code site_url}
     * @param brief        the brief's address on the published site, or null without {@code site_url}
     * @param attached     whether the brief is attached (false: too large, see {@code brief})
     */
    public record CaseLine(String id, String title, String ask, String npv, String irr, String payback,
            String status, String decisionBy, String decision, String page, String brief, boolean attached,
            CaseFigures figures) {
    }

    /** A KPI off target (amber or red) that the recipient's briefs concern. */
    public record KpiLine(String id, String name, String latest, String target, String status, String page,
            KpiFigures figures) {
    }

    /** The portfolio brief. */
    public record PortfolioLine(String brief, boolean attached) {
    }

    /**
     * The model of one message.
     *
     * @param attachedFiles the briefs attached, by file name under {@code pdf/}
     * @param changes       what changed since the baseline, one line each, or null when the run has no baseline
     */
    static Map<String, Object> of(Report report, Delivery delivery, Set<String> attachedFiles,
            List<String> changes) {
        Settings settings = report.settings();
        PageFormats fmt = new PageFormats(io.roadcase.look.Formats.of(settings));
        String site = settings.siteUrl();
        List<CaseLine> cases = new ArrayList<>();
        for (CaseFigures c : delivery.cases()) {
            cases.add(caseLine(c, report.reportDate(), fmt, site, attachedFiles.contains(briefFile(c.id()))));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("recipient", new Recipient(delivery.person().name(), delivery.person().role()));
        model.put("title", settings.title());
        model.put("organization", settings.organization());
        model.put("reportDate", fmt.date(report.reportDate()));
        model.put("subject", settings.mail().subject());
        model.put("cases", cases);
        model.put("portfolio", delivery.portfolio()
                ? new PortfolioLine(link(site, PORTFOLIO_FILE), attachedFiles.contains(PORTFOLIO_FILE)) : null);
        model.put("kpisOffTarget", kpisOffTarget(report, delivery, fmt, site));
        model.put("site", site);
        model.put("overview", link(site, "index.html"));
        // The hook for "what changed since the baseline": null until the run compares with a baseline
        // (the changes feature fills it with one line per change; the built-in templates show it when set).
        model.put("changes", changes);
        model.put("fmt", fmt);
        model.put("report", report);
        return model;
    }

    /** The brief of the whole portfolio in the output folder. */
    static final String PORTFOLIO_FILE = "pdf/portfolio.pdf";

    /** The brief of a case in the output folder. */
    static String briefFile(String caseId) {
        return "pdf/" + caseId + ".pdf";
    }

    private static CaseLine caseLine(CaseFigures c, LocalDate reportDate, PageFormats fmt, String site, boolean attached) {
        var fc = c.fundingCase();
        return new CaseLine(c.id(), fc.title(), fmt.money(c.ask(), fc.currency()), fmt.money(c.npv(), fc.currency()),
                fmt.percent(c.irr()), fmt.years(c.paybackYears()), fmt.label(fc.status()), fmt.date(fc.decisionBy()),
                decision(fc.status(), fc.decisionBy(), reportDate), link(site, "funding/" + c.id() + ".html"),
                link(site, briefFile(c.id())), attached, c);
    }

    /** {@code past}, {@code soon} or null, for a case still waiting for its decision. */
    static String decision(CaseStatus status, LocalDate decisionBy, LocalDate reportDate) {
        boolean open = status == null || status == CaseStatus.DRAFT || status == CaseStatus.PROPOSED;
        if (!open || decisionBy == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(reportDate, decisionBy);
        return days < 0 ? "past" : days <= SOON_DAYS ? "soon" : null;
    }

    /**
     * The amber and red KPIs of the recipient's cases; a portfolio recipient sees every one. In the
     * report's KPI order.
     */
    private static List<KpiLine> kpisOffTarget(Report report, Delivery delivery, PageFormats fmt, String site) {
        Set<String> ids = new LinkedHashSet<>();
        for (CaseFigures c : delivery.cases()) {
            ids.addAll(c.fundingCase().kpis());
        }
        List<KpiLine> lines = new ArrayList<>();
        for (KpiFigures k : report.kpis()) {
            boolean off = k.status() == KpiStatus.AMBER || k.status() == KpiStatus.RED;
            boolean concerns = delivery.portfolio() || ids.contains(k.id()) || k.cases().stream()
                    .anyMatch(id -> delivery.cases().stream().anyMatch(c -> c.id().equals(id)));
            if (off && concerns) {
                lines.add(new KpiLine(k.id(), k.kpi().name(), fmt.kpiValue(k.kpi(), k.latest() == null ? null
                        : k.latest().value()), fmt.kpiValue(k.kpi(), k.target()), fmt.label(k.status()),
                        link(site, "kpis/" + k.id() + ".html"), k));
            }
        }
        return lines;
    }

    private static String link(String site, String path) {
        return site == null ? null : site + path;
    }
}
