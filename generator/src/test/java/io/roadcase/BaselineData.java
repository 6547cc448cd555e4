package io.roadcase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A small data folder (two initiatives in a CSV file) for runs compared with a baseline: the end of the
 * work in progress, A-1, is what a test moves between two runs.
 */
public final class BaselineData {

    /** The report date of the first run: the baseline. */
    public static final LocalDate D1 = LocalDate.of(2026, 10, 24);
    /** The report date of the second run. */
    public static final LocalDate D2 = LocalDate.of(2026, 11, 24);

    private BaselineData() {
    }

    /** Writes the data folder with A-1 ending on {@code end} and A-2 titled {@code title}; returns it. */
    public static Path write(Path data, String end, String title) throws IOException {
        Files.createDirectories(data);
        Files.writeString(data.resolve("roadmap.csv"), "id,title,status,start,end\n"
                + "A-1,Checkout,in-progress,2026-07-01," + end + "\n"
                + "A-2," + title + ",planned,2027-03-01,2027-04-30\n", StandardCharsets.UTF_8);
        return data;
    }

    /** The first run's data: A-1 ends 31 Jan 2027. */
    public static Path before(Path data) throws IOException {
        return write(data, "2027-01-31", "Search");
    }

    /** The second run's data: A-1 slipped 28 days, to 28 Feb 2027. */
    public static Path after(Path data) throws IOException {
        return write(data, "2027-02-28", "Search");
    }

    /** data.json without white space, for plain text checks of its fields. */
    public static String json(Path out) throws IOException {
        return Files.readString(out.resolve("data.json"), StandardCharsets.UTF_8).replaceAll("\\s+", "");
    }

    /** The change data.json lists for A-1's slip. */
    public static final String SLIP = "{\"kind\":\"slipped\",\"entity\":\"initiative\",\"id\":\"A-1\",\"field\":\"end\","
            + "\"from\":\"2027-01-31\",\"to\":\"2027-02-28\",\"delta\":28";
}
