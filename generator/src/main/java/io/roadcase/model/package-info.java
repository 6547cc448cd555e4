/**
 * The data every stage shares, as records: what was read (initiatives, KPIs and their observations,
 * funding cases, cash flows, risks, settings), what the analysis adds (the figures), the
 * {@link io.roadcase.model.Report} the renderers receive, and the {@link io.roadcase.model.Problem}s
 * with their {@link io.roadcase.model.Place} in the user's files. Depends on nothing else in Roadcase.
 */
package io.roadcase.model;
