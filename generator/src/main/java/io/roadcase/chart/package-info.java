/**
 * Draw: every chart of a report ({@link io.roadcase.chart.Charts#of}), drawn once through
 * {@link io.roadcase.chart.Chart#paint} onto any {@link java.awt.Graphics2D} (SVG, PNG, a PDF template),
 * with one {@link io.roadcase.chart.Theme}: the report's {@link io.roadcase.look.Formats} (labels and
 * descriptions read as on the site and in the briefs; only axis ticks are abbreviated), colours and fonts.
 *
 * <p>The charts are plain Java2D on a small layer (frame, scales, axes, legend, text fitting) rather
 * than XChart: XChart draws every text as glyph outlines, so its SVG would hold no {@code <text>}
 * (not searchable, not accessible, not testable for escaping or bounds), and its fixed layout cannot
 * promise labels that are cut to fit and never overlap. Text is measured with one fixed
 * {@link java.awt.font.FontRenderContext} so every output makes the same layout decisions, and is
 * drawn only with {@code drawString} in the bundled DejaVu fonts.
 */
package io.roadcase.chart;
