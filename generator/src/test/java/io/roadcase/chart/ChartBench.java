package io.roadcase.chart;

import io.roadcase.Fixtures;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times SVG and PNG encoding of every chart of the fixture report (after a warm-up), one line per
 * chart, in CPU time of this thread so that other processes on a shared machine do not count. Not a
 * test: run it by hand. With a folder argument it also writes the files there to look at.
 */
public final class ChartBench {

    private static final int WARM_UP = 3;
    private static final int RUNS = 10;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ChartBench() {
    }

    public static void main(String[] args) throws IOException {
        List<Chart> charts = Charts.of(Fixtures.report());
        Path dir = args.length > 0 ? Path.of(args[0]) : null;
        if (dir != null) {
            Files.createDirectories(dir);
        }
        for (int i = 0; i < WARM_UP; i++) {
            charts.forEach(c -> {
                SvgEncoder.encode(c);
                PngEncoder.encode(c);
            });
        }
        System.out.printf(Locale.ROOT, "%-32s %9s %11s %11s %9s%n", "chart", "size", "svg cpu ms", "png cpu ms", "svg/png KB");
        double totalSvg = 0;
        double totalPng = 0;
        for (Chart c : charts) {
            long t0 = CPU.getCurrentThreadCpuTime();
            byte[] svg = null;
            for (int i = 0; i < RUNS; i++) {
                svg = SvgEncoder.encode(c);
            }
            long t1 = CPU.getCurrentThreadCpuTime();
            byte[] png = null;
            for (int i = 0; i < RUNS; i++) {
                png = PngEncoder.encode(c);
            }
            long t2 = CPU.getCurrentThreadCpuTime();
            double svgMs = (t1 - t0) / 1e6 / RUNS;
            double pngMs = (t2 - t1) / 1e6 / RUNS;
            totalSvg += svgMs;
            totalPng += pngMs;
            System.out.printf(Locale.ROOT, "%-32s %9s %11.2f %11.2f %4d/%-4d%n", c.name(), c.width() + "x" + c.height(),
                    svgMs, pngMs, svg.length / 1024, png.length / 1024);
            if (dir != null) {
                Files.write(dir.resolve(c.name() + ".svg"), svg);
                Files.write(dir.resolve(c.name() + ".png"), png);
            }
        }
        System.out.printf(Locale.ROOT, "%-32s %9s %11.2f %11.2f%n", "total (" + charts.size() + " charts)", "", totalSvg,
                totalPng);
    }
}
