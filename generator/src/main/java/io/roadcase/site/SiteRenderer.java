package io.roadcase.site;

import io.roadcase.model.Report;
import io.roadcase.publish.Output;
import java.io.IOException;
import java.nio.file.Path;

/** Renders every page of the site from FreeMarker templates, plus its assets. */
public final class SiteRenderer {

    private final Path userTemplates;

    /** @param userTemplates folder whose files override built-in templates and assets by name, or null */
    public SiteRenderer(Path userTemplates) {
        this.userTemplates = userTemplates;
    }

    /** @param dataDirectory where the logo named in the settings is found */
    public void render(Report report, Path dataDirectory, Output output) throws IOException {
        // TODO(site)
    }
}
