/**
 * Roadcase: spreadsheets in, a static site, charts, PDF briefs and {@code data.json} out. The pipeline
 * runs read → check → analyze → draw → render → publish, one package per stage ({@code source} and
 * {@code read}, {@code check}, {@code analyze}, {@code chart}, {@code site}, {@code pdf} and
 * {@code json}, {@code publish}); {@link io.roadcase.Generator} is the facade that runs it from a
 * {@link io.roadcase.Config} to a {@link io.roadcase.Result}, and the only entry the command line
 * ({@code cli}) and the Maven plugin use.
 */
package io.roadcase;
