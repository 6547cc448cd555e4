/**
 * Publish: the output abstraction the renderers write through (a folder, or memory in tests), the
 * staging folder moved into place only when a run succeeds, the manifest of the files Roadcase wrote,
 * and the fingerprint behind the up-to-date check.
 */
package io.roadcase.publish;
