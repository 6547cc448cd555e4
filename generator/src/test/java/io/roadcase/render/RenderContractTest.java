package io.roadcase.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Fixtures;
import io.roadcase.chart.ChartWriter;
import io.roadcase.chart.Charts;
import io.roadcase.json.DataJson;
import io.roadcase.look.Formats;
import io.roadcase.model.Report;
import io.roadcase.pdf.PdfRenderer;
import io.roadcase.site.SiteRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output stage implements one contract over one context: files through its output, problems to its sink. */
class RenderContractTest {

    @TempDir
    Path data;

    @Test
    void everyStageWritesThroughTheContextsOutputAndReportsToItsSink() throws IOException {
        Report report = Fixtures.report();
        // A logo that looks like a PNG but is none: the briefs' problem must reach the context's sink.
        byte[] notAnImage = "\u0089PNG\r\n\u001a\nnot an image at all".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(data.resolve("broken-logo.png"), notAnImage);
        Report withLogo = new Report(report.reportDate(), new io.roadcase.model.Settings(report.settings().title(),
                report.settings().organization(), report.settings().currency(), report.settings().discountRate(),
                report.settings().reportDate(), report.settings().fiscalYearStart(), report.settings().locale(),
                report.settings().dateFormat(), report.settings().confidentiality(), report.settings().brandColor(),
                "broken-logo.png", report.settings().sensitivity(), report.settings().pageSize()),
                report.initiatives(), report.kpis(), report.fundingCases(), report.risks(), report.stakeholders(),
                report.summary(), report.problems());
        MemoryOutput output = new MemoryOutput();
        ProblemSink problems = new ProblemSink();
        RenderContext context = new RenderContext(withLogo, Charts.of(withLogo), Formats.of(withLogo.settings()),
                output, problems, data);

        List<Renderer> renderers = List.of(new PdfRenderer(), ChartWriter.RENDERER, new SiteRenderer(null),
                DataJson.RENDERER);
        for (Renderer renderer : renderers) {
            Piece.runAll(renderer.work(context));
        }

        assertThat(renderers).extracting(Renderer::stage).containsExactly("pdf", "charts", "site", "json");
        assertThat(output.files().keySet()).contains("pdf/portfolio.pdf", "charts/roadmap-timeline.svg",
                "charts/roadmap-timeline.png", "index.html", "roadmap.html", "data.json");
        assertThat(problems.all()).anySatisfy(p -> assertThat(p.toString()).contains("broken-logo.png", "cannot be read as one"));
    }

    @Test
    void theEndOfAStageRunsOnceAfterItsLastPieceOnAnyThread() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        List<Integer> endsSeen = new ArrayList<>();
        List<Piece> pieces = IntStream.range(0, 50).<Piece>mapToObj(i -> ran::incrementAndGet).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Piece.start(Piece.withEnd(pieces, () -> {
                synchronized (endsSeen) {
                    endsSeen.add(ran.get());
                }
            }), pool).join();
        } finally {
            pool.shutdownNow();
        }
        assertThat(endsSeen).containsExactly(50);

        List<Integer> emptyEnd = new ArrayList<>();
        assertThat(Piece.withEnd(List.of(), () -> emptyEnd.add(1))).isEmpty();
        assertThat(emptyEnd).containsExactly(1);
    }
}
