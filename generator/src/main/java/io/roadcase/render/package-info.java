/**
 * Render: the one contract every output stage implements. A {@link io.roadcase.render.Renderer} (the
 * chart files, the site, the briefs, {@code data.json}) turns the analysed report, in one
 * {@link io.roadcase.render.RenderContext}, into independent pieces of {@link io.roadcase.render.Piece}
 * that write through an {@link io.roadcase.render.Output}. Sits between {@code analyze}/{@code chart}
 * and {@code publish}: renderers never see how or where their files are published.
 */
package io.roadcase.render;
