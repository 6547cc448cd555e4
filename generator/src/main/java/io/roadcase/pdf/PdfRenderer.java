package io.roadcase.pdf;

import io.roadcase.model.Report;
import io.roadcase.publish.Output;
import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code pdf/<case-id>.pdf} for every funding case and {@code pdf/portfolio.pdf}. */
public final class PdfRenderer {

    private final Path dataDirectory;

    /** @param dataDirectory where the logo named in the settings is found */
    public PdfRenderer(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public void render(Report report, Output output) throws IOException {
        // TODO(pdf)
    }
}
