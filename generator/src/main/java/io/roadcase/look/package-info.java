/**
 * The look of every output: {@link io.roadcase.look.Formats} turns each displayed figure (money,
 * percentages, KPI values and changes, missing values, dates, status words) into text, once, for the
 * site, the PDF briefs, the charts and the mail bodies alike; {@link io.roadcase.look.Colours} and
 * {@link io.roadcase.look.Typefaces} hold the colours and the bundled fonts. Sits between the analyzed
 * model and the renderers: it reads {@link io.roadcase.model.Settings} and knows nothing of pages,
 * PDF or SVG.
 */
package io.roadcase.look;
