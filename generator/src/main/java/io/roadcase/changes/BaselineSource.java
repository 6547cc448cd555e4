package io.roadcase.changes;

import io.roadcase.json.DataJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Where a baseline comes from: {@code --baseline FILE|DIR|URL} (a data.json, a folder holding one, or
 * an http(s) address of a published one), or the output folder of the previous run. Gives the raw
 * bytes, so they can be part of the up-to-date fingerprint before they are read.
 */
public final class BaselineSource {

    /** A data.json is a few megabytes at most; anything far larger is not one. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /**
     * The Java system property that sets both timeouts of fetching a baseline, in seconds (for a CI
     * runner that must not wait 30 s for a site that is down; {@code -Droadcase.baselineTimeout=5}).
     */
    public static final String TIMEOUT_PROPERTY = "roadcase.baselineTimeout";

    /**
     * The copy of the baseline a run used, kept in the output folder, so that a re-run with the same
     * report date (after a fix in the data) still compares with the previous publish. Not under the
     * reserved {@code .roadcase-} prefix: that is for the publisher's own files (manifest, lock,
     * staging), which no stage may write; this one is published like any other output file and listed
     * in the manifest, so the next run replaces it or deletes it.
     */
    public static final String KEPT = ".roadcase/baseline.json";

    /** A baseline's bytes and the name messages give it. */
    public record Loaded(String where, byte[] bytes) {
    }

    private BaselineSource() {
    }

    /**
     * Loads {@code --baseline}: a URL when it starts with {@code http://} or {@code https://}, else a
     * file, or a folder with a data.json in it.
     */
    public static Loaded load(String spec) throws BaselineException {
        String lower = spec.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            Duration set = timeout();
            return fetch(spec, HttpClient.newBuilder().connectTimeout(set == null ? CONNECT_TIMEOUT : set)
                    .followRedirects(HttpClient.Redirect.NORMAL).build(), set == null ? REQUEST_TIMEOUT : set);
        }
        Path path;
        try {
            path = Path.of(spec);
        } catch (InvalidPathException e) {
            throw new BaselineException("expected the baseline as a data.json, a folder or an https:// address, "
                    + "found \"" + spec + "\"", e);
        }
        if (Files.isDirectory(path)) {
            Path file = path.resolve(DataJson.FILE);
            if (!Files.isRegularFile(file)) {
                throw new BaselineException("expected a " + DataJson.FILE + " in the baseline folder " + path
                        + ", found none");
            }
            path = file;
        }
        return file(path);
    }

    /** {@link #TIMEOUT_PROPERTY} as a duration, or null when it is not set to a whole number of seconds above 0. */
    static Duration timeout() {
        String value = System.getProperty(TIMEOUT_PROPERTY);
        if (value == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds > 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads a file, refusing one that is missing or far too large to be a data.json. */
    public static Loaded file(Path file) throws BaselineException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new BaselineException("expected a baseline data.json at " + file + ", found no such file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BaselineException("expected a baseline data.json of at most " + MAX_BYTES / (1024 * 1024)
                        + " MB at " + file + ", found " + Files.size(file) + " bytes");
            }
            return new Loaded(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BaselineException("cannot read the baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /** Fetches a published data.json: a 2xx answer within the timeouts and the size limit. */
    static Loaded fetch(String url, HttpClient client, Duration timeout) throws BaselineException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new BaselineException("expected the baseline as an https:// address, found \"" + url + "\" ("
                    + e.getReason() + ")", e);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new BaselineException("could not fetch the baseline " + url + ": the server answered HTTP "
                            + response.statusCode());
                }
                return new Loaded(url, limited(body, url));
            }
        } catch (HttpTimeoutException e) {
            throw new BaselineException("could not fetch the baseline " + url + ": no answer within "
                    + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new BaselineException("could not fetch the baseline " + url + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BaselineException("interrupted while fetching the baseline " + url, e);
        }
    }

    private static byte[] limited(InputStream in, String url) throws IOException, BaselineException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_BYTES) {
                throw new BaselineException("could not use the baseline " + url + ": it is larger than "
                        + MAX_BYTES / (1024 * 1024) + " MB, so it is not a data.json");
            }
        }
        return out.toByteArray();
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }
}
