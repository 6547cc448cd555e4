/**
 * Render, {@code data.json}: the report as one JSON document (OUTPUT.md), streamed, for anyone who
 * wants the figures without the pages.
 */
package io.roadcase.json;
