package io.roadcase.site;

import io.roadcase.model.CaseFigures;
import io.roadcase.model.KpiFigures;
import io.roadcase.model.Report;
import io.roadcase.model.RiskFigures;
import io.roadcase.model.RoadmapItem;
import io.roadcase.model.Settings;
import io.roadcase.publish.Output;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders every page of the site from FreeMarker templates, plus its assets. */
public final class SiteRenderer {

    private final Path userTemplates;

    /** @param userTemplates folder whose files override built-in templates and assets by name, or null */
    public SiteRenderer(Path userTemplates) {
        this.userTemplates = userTemplates;
    }

    /** @param dataDirectory where the logo named in the settings is found */
    public void render(Report report, Path dataDirectory, Output output) throws IOException {
        PageTemplates templates = new PageTemplates(userTemplates);
        Settings settings = report.settings();
        Formats fmt = new Formats(settings.locale());
        SiteInfo site = new SiteInfo(settings.title(), settings.organization(), settings.confidentiality(),
                report.reportDate(), SiteAssets.logoPath(settings, dataDirectory), Brand.of(settings.brandColor()));

        Map<String, Object> common = new HashMap<>();
        common.put("site", site);
        common.put("report", report);
        common.put("fmt", fmt);
        common.put("md", new Markdown());
        common.put("charts", new ChartLinks(report, fmt));
        Pages pages = new Pages(templates, common, output);

        pages.write("index.html", "index", Map.of("overview", OverviewView.of(report)));
        pages.write("roadmap.html", "roadmap", Map.of("roadmap", RoadmapView.of(report)));
        Map<String, List<RiskFigures>> risksByInitiative = risksByInitiative(report);
        for (RoadmapItem item : report.initiatives()) {
            pages.write("initiatives/" + item.id() + ".html", "initiative", Map.of("view",
                    InitiativeView.of(item, report, risksByInitiative.getOrDefault(item.id(), List.of()))));
        }
        pages.write("kpis.html", "kpis", Map.of());
        for (KpiFigures kpi : report.kpis()) {
            pages.write("kpis/" + kpi.id() + ".html", "kpi", Map.of("view", KpiView.of(kpi, report)));
        }
        pages.write("funding.html", "funding", Map.of());
        for (CaseFigures c : report.fundingCases()) {
            pages.write("funding/" + c.id() + ".html", "case", Map.of("view", CaseView.of(c, report)));
        }
        new SiteAssets(userTemplates).write(settings, dataDirectory, output);
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

        /** @param template the template's name in {@code site/} without extension */
        void write(String path, String template, Map<String, Object> own) throws IOException {
            Map<String, Object> model = new HashMap<>(common);
            model.putAll(own);
            // Pages in sub-folders reach assets, charts and other pages through "../": links stay relative.
            model.put("root", path.contains("/") ? "../" : "");
            model.put("path", path);
            output.write(path, templates.render("site/" + template + ".ftlh", model));
        }
    }
}
