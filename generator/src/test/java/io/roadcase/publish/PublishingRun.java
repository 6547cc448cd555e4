package io.roadcase.publish;

import java.nio.file.Path;

/**
 * A run of its own JVM that publishes a made-up site, for tests that kill it: {@code out label count}.
 * Version {@code label} writes {@code count} pages whose names depend on the label's parity (so two
 * versions share some files and each has files of its own), nested folders, and an index page; every
 * file's content names its version. Prints {@code committing} just before it publishes.
 */
public final class PublishingRun {

    private PublishingRun() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int label = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        Publisher publisher = new Publisher(out);
        try (AutoCloseable lock = publisher.lock()) {
            publisher.recover();
            try (Publisher.Staging staging = publisher.stage()) {
                for (String file : files(label, count)) {
                    staging.output().write(file, content(label, file));
                }
                System.out.println("committing");
                System.out.flush();
                staging.commit("version " + label);
            }
        }
        System.out.println("done");
    }

    /** The files version {@code label} writes. */
    static java.util.List<String> files(int label, int count) {
        java.util.List<String> files = new java.util.ArrayList<>();
        files.add("index.html");
        files.add("kpis/index.html");
        for (int i = 0; i < count; i++) {
            // Shared pages, and pages only even or only odd versions have.
            String kind = i % 3 == 0 ? (label % 2 == 0 ? "even" : "odd") : "page";
            files.add("kpis/" + kind + "-" + i + ".html");
            if (i % 10 == 0) {
                files.add(kind + "-" + i + "/chart.svg");
            }
        }
        return files;
    }

    static String content(int label, String file) {
        return "version " + label + " of " + file;
    }
}
