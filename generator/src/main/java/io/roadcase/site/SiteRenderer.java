package io.roadcase.site;

import io.roadcase.chart.Chart;
import io.roadcase.chart.Charts;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.ObjectiveFigures;
import io.roadcase.model.Report;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RoadmapItem;
import io.roadcase.model.Settings;
import io.roadcase.model.UserChartFigures;
import io.roadcase.render.Output;
import io.roadcase.render.RenderContext;
import io.roadcase.render.Renderer;
import io.roadcase.render.Piece;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders every page of the site from FreeMarker templates, plus its assets. Pages are independent
 * pieces of work: the templates, the formats and the model they share are read-only while they render.
 */
public final class SiteRenderer implements Renderer {

    private final Path userTemplates;
    private final boolean briefs;
    private final Duration budget;

    /** @param userTemplates folder whose files override built-in templates and assets by name, or null */
    public SiteRenderer(Path userTemplates) {
        this(userTemplates, true);
    }

    /**
     * @param userTemplates folder whose files override built-in templates and assets by name, or null
     * @param briefs whether the PDF briefs are written too, so pages link to them
     */
    public SiteRenderer(Path userTemplates, boolean briefs) {
        this(userTemplates, briefs, RenderBudget.DEFAULT);
    }

    /**
     * @param userTemplates folder whose files override built-in templates and assets by name, or null
     * @param briefs whether the PDF briefs are written too, so pages link to them
     * @param budget how long rendering all pages may take, counted from {@link #work}
     */
    public SiteRenderer(Path userTemplates, boolean briefs, Duration budget) {
        this.userTemplates = userTemplates;
        this.briefs = briefs;
        this.budget = budget;
    }

    @Override
    public String stage() {
        return "site";
    }

    /** One piece per page and one for the assets, in the context's look. */
    @Override
    public List<Piece> work(RenderContext context) throws IOException {
        context.problems().addAll(new SiteAssets(userTemplates).retiredFonts());
        return work(context.report(), context.dataDirectory(), context.charts(), context.output(),
                new PageFormats(context.look()));
    }

    /** Renders the whole site here, one page after another. */
    public void render(Report report, Path dataDirectory, Output output) throws IOException {
        Piece.runAll(work(report, dataDirectory, Charts.of(report), output));
    }

    /**
     * The pieces of work that write the site: one per page, and one for the assets.
     *
     * @param dataDirectory where the logo named in the settings is found
     * @param charts the charts drawn for this report, which pages may link to
     * @throws IOException when the user's template folder cannot be used
     */
    public List<Piece> work(Report report, Path dataDirectory, List<Chart> charts, Output output) throws IOException {
        return work(report, dataDirectory, charts, output, new PageFormats(io.roadcase.look.Formats.of(report.settings())));
    }

    private List<Piece> work(Report report, Path dataDirectory, List<Chart> charts, Output output, PageFormats fmt)
            throws IOException {
        PageTemplates templates = new PageTemplates(userTemplates, budget);
        Settings settings = report.settings();
        SiteInfo site = new SiteInfo(settings.title(), settings.organization(), settings.confidentiality(),
                report.reportDate(), SiteAssets.logoPath(settings, dataDirectory), Brand.of(settings.brandColor()), briefs);

        Map<String, Object> common = new HashMap<>();
        common.put("site", site);
        common.put("report", report);
        common.put("fmt", fmt);
        common.put("md", new Markdown());
        common.put("charts", new ChartLinks(report, charts, fmt));
        common.put("changes", new ChangeMarks(report, fmt));
        common.put("userCharts", new UserChartViews(report));
        Pages pages = new Pages(templates, Map.copyOf(common), output);

        List<Piece> work = new ArrayList<>();
        work.add(pages.page("index.html", "index", () -> Map.of("overview", OverviewView.of(report))));
        work.add(pages.page("roadmap.html", "roadmap", () -> Map.of("roadmap", RoadmapView.of(report))));
        Map<String, List<RiskFigures>> risksByInitiative = risksByInitiative(report);
        for (RoadmapItem item : report.initiatives()) {
            work.add(pages.page("initiatives/" + item.id() + ".html", "initiative", () -> Map.of("view",
                    InitiativeView.of(item, report, risksByInitiative.getOrDefault(item.id(), List.of())))));
        }
        work.add(pages.page("kpis.html", "kpis", Map::of));
        for (KpiFigures kpi : report.kpis()) {
            work.add(pages.page("kpis/" + kpi.id() + ".html", "kpi", () -> Map.of("view", KpiView.of(kpi, report))));
        }
        work.add(pages.page("funding.html", "funding", Map::of));
        if (!report.objectives().isEmpty()) {
            work.add(pages.page("objectives.html", "objectives", () -> Map.of("objectives", ObjectiveView.tree(report))));
            for (ObjectiveFigures o : report.objectives()) {
                work.add(pages.page("objectives/" + o.id() + ".html", "objective",
                        () -> Map.of("view", ObjectiveView.of(o, report))));
            }
        }
        if (report.changes().hasBaseline()) {
            work.add(pages.page("changes.html", "changes", Map::of));
        }
        for (CaseFigures c : report.fundingCases()) {
            work.add(pages.page("funding/" + c.id() + ".html", "case", () -> Map.of("view", CaseView.of(c, report))));
        }
        for (UserChartFigures u : new UserChartViews(report).ownPages()) {
            work.add(pages.page(u.page(), "chart", () -> Map.of("view", u)));
        }
        work.add(() -> new SiteAssets(userTemplates).write(settings, dataDirectory, output));
        return work;
    }

    private static Map<String, List<RiskFigures>> risksByInitiative(Report report) {
        Map<String, List<RiskFigures>> map = new LinkedHashMap<>();
        for (RiskFigures r : report.risks()) {
            if (r.risk().initiative() != null) {
                map.computeIfAbsent(r.risk().initiative(), k -> new ArrayList<>()).add(r);
            }
        }
        return map;
    }

    /** Writes pages: each gets the common model, its own entries and the way back to the site root. */
    private record Pages(PageTemplates templates, Map<String, Object> common, Output output) {

        /**
         * @param template the template's name in {@code site/} without extension
         * @param own the page's own entries, built when the page renders
         */
        Piece page(String path, String template, Supplier<Map<String, Object>> own) {
            return () -> {
                Map<String, Object> model = new HashMap<>(common);
                model.putAll(own.get());
                // Pages in sub-folders reach assets, charts and other pages through "../": links stay relative.
                model.put("root", path.contains("/") ? "../" : "");
                model.put("path", path);
                output.write(path, templates.render("site/" + template + ".ftlh", model));
            };
        }
    }
}
