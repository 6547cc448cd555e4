package io.roadcase.site;

import io.roadcase.chart.Chart;
import io.roadcase.chart.Charts;
import io.roadcase.model.CaseFigures;
import io.roadcase.model.Report;
import io.roadcase.render.MemoryOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Renders a report's site in memory for tests, and says which files other stages add to the folder. */
final class SitePages {

    private SitePages() {
    }

    static MemoryOutput render(Report report) {
        return render(report, null, null);
    }

    static MemoryOutput render(Report report, Path userTemplates, Path dataDirectory) {
        return render(new SiteRenderer(userTemplates), report, dataDirectory);
    }

    static MemoryOutput render(SiteRenderer renderer, Report report, Path dataDirectory) {
        MemoryOutput output = new MemoryOutput();
        try {
            renderer.render(report, dataDirectory, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return output;
    }

    /** The HTML pages written, by path. */
    static Map<String, String> pages(MemoryOutput output) {
        Map<String, String> pages = new TreeMap<>();
        output.files().keySet().stream().filter(p -> p.endsWith(".html")).forEach(p -> pages.put(p, output.text(p)));
        return pages;
    }

    /**
     * The files the chart and PDF stages write next to the site, derived independently of the renderer
     * from the rules in the brief: a chart exists only when its data does.
     */
    static Set<String> otherStagesFiles(Report report) {
        Set<String> files = new TreeSet<>();
        // The chart stage writes exactly the charts Charts.of gives: the one place that says which exist.
        for (Chart chart : Charts.of(report)) {
            files.add(svg(chart.name()));
        }
        for (CaseFigures c : report.fundingCases()) {
            files.add("pdf/" + c.id() + ".pdf");
        }
        files.add("pdf/portfolio.pdf");
        return files;
    }

    private static String svg(String name) {
        return "charts/" + name + ".svg";
    }
}
