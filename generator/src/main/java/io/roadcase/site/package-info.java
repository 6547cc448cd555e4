/**
 * Render, the site: the HTML pages from FreeMarker templates (the built-in ones, overridden by the
 * user's by file name, sandboxed), their page models built from the report, and the assets. A broken
 * user template is reported as the user's error with its file, line and column.
 */
package io.roadcase.site;
