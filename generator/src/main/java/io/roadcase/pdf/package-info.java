/**
 * The PDF briefs: {@code pdf/<case-id>.pdf} for every funding case and {@code pdf/portfolio.pdf}, drawn
 * with OpenPDF 2.0.5 from the analyzed {@link io.roadcase.model.Report}.
 *
 * <p>{@link io.roadcase.pdf.PdfRenderer} is the entry point; {@code CaseBrief} and {@code PortfolioBrief}
 * lay out the sections; {@code BriefDocument} owns the document, the outline and the deterministic
 * metadata; {@code PageFrame} draws header and footer ("Page X of Y" with the total written at close);
 * {@code TableBuilder}, {@code MarkdownBlocks} and {@code Cover} are the building blocks; {@code BriefTheme} holds
 * the page (paper, margins, type sizes); every figure, date and status word is written by the report's one
 * {@link io.roadcase.look.Formats}, as on the site, in the charts and in the mail, and colours and fonts
 * come from {@link io.roadcase.look.Colours} and {@link io.roadcase.look.Typefaces}.
 *
 * <p><b>Charts</b> are looked up by {@link io.roadcase.chart.ChartNames name} among
 * {@link io.roadcase.chart.Charts#of} and painted into a PDF template with
 * {@code createGraphics} and a font mapper onto the embedded DejaVu subsets: vectors, real (searchable)
 * text, no images. Text as outlines made every brief three times larger. A chart that is not there is left out.
 *
 * <p><b>Fonts.</b> DejaVu Sans and Sans Bold (bundled with the templates) are embedded as Identity-H
 * subsets; they cover Latin, Greek, Cyrillic, Hebrew, Arabic and many symbols. For CJK and emoji the
 * renderer looks in the usual system font folders, once per JVM, for free fallback fonts: Droid Sans
 * Fallback ({@code fonts-droid-fallback}, Apache 2.0) or WenQuanYi Micro Hei ({@code fonts-wqy-microhei})
 * for CJK, Noto Sans Symbols 2 or Symbola ({@code fonts-symbola}) for emoji. They are searched and loaded
 * only when a text needs a character DejaVu lacks, and only the glyphs used are embedded, so a typical
 * case brief stays small (the fixture brief: about 70 KB, under 200 KB with the charts). Bundling a CJK font would add megabytes to the jar for
 * every user, so it is left to the system. A character that no font can draw is not dropped: it is shown
 * as a white square (U+25A1) and reported as a warning by {@code PdfRenderer.render}. Hebrew and Arabic
 * go through OpenPDF's bidi algorithm and Arabic shaping (table cells and paragraphs holding
 * right-to-left text are laid out as column text). Each run of text goes to the first font that has its
 * glyphs, like OpenPDF's {@code FontSelector}, which is not used: in 2.0.5 its constructor reloads
 * Liberation Sans from the jar on every call and tries it before the given fonts. Which fallbacks exist
 * depends on the machine, so byte-identical output is promised for the same inputs on the same machine.
 *
 * <p><b>Deterministic output.</b> Creation and modification dates are the report date (UTC), the trailer
 * file id is a digest of the file name, report date and title, and font subset prefixes come from the
 * font name instead of a random generator. Number and date formats use the settings' locale, never the
 * default one.
 *
 * <p><b>Threads.</b> Each brief has its own document, writer, typesetter and formats, and each thread
 * its own fonts (OpenPDF reads font tables through one file pointer when it writes a subset), so the
 * case briefs are rendered in parallel.
 */
package io.roadcase.pdf;
