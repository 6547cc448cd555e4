package io.roadcase.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.roadcase.model.ShownText;
import java.awt.Color;
import java.util.HashSet;
import java.util.Set;

/**
 * A table in the house style: a tinted header row repeated on every page the table spans, light zebra
 * rows, numbers right-aligned, totals in bold over a rule.
 */
final class TableBuilder {

    private static final float PAD = 4;

    private final BriefDocument doc;
    private final PdfPTable table;
    private final Set<Integer> numeric = new HashSet<>();
    private int rows;
    private int left;
    private String more = "rows: see the site";

    /**
     * Body rows a table shows at most; further rows are counted and summed up in one last line ("and
     * 9,900 more initiatives: see the roadmap page"). A brief is read on paper: a 10,000-row table was
     * 250 pages and took minutes to lay out. Totals rows are always shown.
     */
    static final int MOST_ROWS = 100;

    TableBuilder(BriefDocument doc, float... relativeWidths) {
        this.doc = doc;
        table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setSplitLate(false);
        // LTR run direction turns on the bidi algorithm, so Hebrew and Arabic read right to left.
        table.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
    }

    /**
     * What the last line says about rows over {@link #MOST_ROWS}, after "and 9,900 more":
     * {@code "initiatives: see the roadmap page on the site"}.
     */
    TableBuilder more(String whatAndWhere) {
        more = whatAndWhere;
        return this;
    }

    /** Whether a further body row would be left out (so the caller can skip building it). */
    boolean full() {
        return rows >= MOST_ROWS;
    }

    /** Counts a body row the caller did not build because the table is {@link #full}. */
    void leaveOut() {
        left++;
    }

    /** Columns (0-based) holding numbers: right-aligned. */
    TableBuilder numeric(int... columns) {
        for (int c : columns) {
            numeric.add(c);
        }
        return this;
    }

    TableBuilder header(String... titles) {
        Typesetter.Style style = Typesetter.BODY.withSize(BriefTheme.SMALL).asBold().withColor(doc.theme.brand());
        for (int c = 0; c < titles.length; c++) {
            PdfPCell cell = cell(doc.type.phrase(ShownText.cut(titles[c], ShownText.BRIEF_CELL), style), c);
            cell.setBackgroundColor(doc.theme.brandLight());
            cell.setBorder(PdfPCell.BOTTOM);
            cell.setBorderColor(doc.theme.brand());
            cell.setBorderWidthBottom(0.8f);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        return this;
    }

    TableBuilder row(String... cells) {
        return row(Typesetter.BODY.withSize(BriefTheme.SMALL), false, cells);
    }

    /** A bold row over a rule: totals and key lines. */
    TableBuilder total(String... cells) {
        return row(Typesetter.BODY.withSize(BriefTheme.SMALL).asBold(), true, cells);
    }

    /** A row in small muted type: derived lines such as discount factors. */
    TableBuilder muted(String... cells) {
        return row(Typesetter.BODY.withSize(BriefTheme.SMALL).withColor(BriefTheme.MUTED), false, cells);
    }

    /** A row whose cells are phrases already built (coloured status words, ...). */
    TableBuilder row(Phrase... cells) {
        if (leftOut()) {
            return this;
        }
        Color shade = rows % 2 == 1 ? BriefTheme.ZEBRA : null;
        for (int c = 0; c < cells.length; c++) {
            PdfPCell cell = cell(cells[c], c);
            body(cell, shade, false);
            table.addCell(cell);
        }
        rows++;
        return this;
    }

    /** A row of phrases with an image (a sparkline) in column {@code imageColumn}. */
    TableBuilder rowWithImage(Phrase[] cells, int imageColumn, Image image) {
        if (leftOut()) {
            return this;
        }
        Color shade = rows % 2 == 1 ? BriefTheme.ZEBRA : null;
        for (int c = 0; c < cells.length; c++) {
            PdfPCell cell;
            if (c == imageColumn && image != null) {
                cell = new PdfPCell(image, true);
                cell.setFixedHeight(20);
                cell.setPadding(PAD);
            } else {
                cell = cell(cells[c], c);
            }
            body(cell, shade, false);
            table.addCell(cell);
        }
        rows++;
        return this;
    }

    void addTo() {
        if (left > 0) {
            Typesetter.Style style = Typesetter.BODY.withSize(BriefTheme.SMALL).asItalic().withColor(BriefTheme.MUTED);
            PdfPCell cell = cell(doc.type.phrase("… and " + String.format(java.util.Locale.ROOT, "%,d", left)
                    + " more " + more, style), 0);
            cell.setColspan(table.getNumberOfColumns());
            body(cell, null, false);
            table.addCell(cell);
        }
        doc.add(table);
    }

    /** Counts a body row over the limit. */
    private boolean leftOut() {
        if (rows >= MOST_ROWS) {
            left++;
            return true;
        }
        return false;
    }

    private TableBuilder row(Typesetter.Style style, boolean total, String... cells) {
        if (!total && leftOut()) {
            return this;
        }
        Color shade = !total && rows % 2 == 1 ? BriefTheme.ZEBRA : null;
        for (int c = 0; c < cells.length; c++) {
            PdfPCell cell = cell(doc.type.phrase(ShownText.cut(cells[c], ShownText.BRIEF_CELL), style), c);
            body(cell, shade, total);
            table.addCell(cell);
        }
        rows++;
        return this;
    }

    private void body(PdfPCell cell, Color shade, boolean total) {
        cell.setBorder(total ? PdfPCell.TOP : PdfPCell.NO_BORDER);
        cell.setBorderColor(BriefTheme.MUTED);
        cell.setBorderWidthTop(total ? 0.6f : 0);
        if (shade != null) {
            cell.setBackgroundColor(shade);
        }
    }

    private PdfPCell cell(Phrase phrase, int column) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPaddingTop(PAD - 1);
        cell.setPaddingBottom(PAD + 1);
        cell.setPaddingLeft(PAD);
        cell.setPaddingRight(PAD);
        cell.setHorizontalAlignment(numeric.contains(column) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setUseAscender(true);
        return cell;
    }
}
