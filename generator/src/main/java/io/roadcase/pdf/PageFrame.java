package io.roadcase.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.roadcase.model.ShownText;

/**
 * Header (brief title, organisation) and footer (confidentiality, report date, page X of Y) on every
 * page. Y is unknown until the end, so each footer shows a shared template filled in at close.
 */
final class PageFrame extends PdfPageEventHelper {

    private static final float TOTAL_WIDTH = 26;

    /** Longest text in the header and footer lines, drawn on every page. */
    private static final int LINE = 80;

    private final BriefTheme theme;
    private final Typesetter type;
    private final String title;
    private final String organisation;
    private final String footerLeft;
    private PdfTemplate total;

    PageFrame(BriefTheme theme, Typesetter type, String title, String organisation, String footerLeft) {
        this.theme = theme;
        this.type = type;
        this.title = shorten(title);
        this.organisation = shorten(organisation);
        this.footerLeft = footerLeft;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        Typesetter.Style small = new Typesetter.Style(BriefTheme.TINY, false, false, BriefTheme.MUTED);

        float headerY = page.getTop() - 40;
        show(canvas, Element.ALIGN_LEFT, type.phrase(ShownText.cut(title, LINE), small.asBold().withColor(theme.brand())), left, headerY);
        show(canvas, Element.ALIGN_RIGHT, type.phrase(ShownText.cut(organisation, LINE), small), right, headerY);
        canvas.saveState();
        canvas.setColorStroke(BriefTheme.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, headerY - 6);
        canvas.lineTo(right, headerY - 6);
        float footerY = 34;
        canvas.moveTo(left, footerY + 10);
        canvas.lineTo(right, footerY + 10);
        canvas.stroke();
        canvas.restoreState();

        show(canvas, Element.ALIGN_LEFT, type.phrase(ShownText.cut(footerLeft, LINE), small), left, footerY);
        String pageOf = "Page " + writer.getPageNumber() + " of ";
        Phrase pageText = new Phrase(pageOf, type.font(small));
        float x = right - TOTAL_WIDTH;
        show(canvas, Element.ALIGN_RIGHT, pageText, x, footerY);
        // The right-aligned text loses its trailing space: leave the gap before the total by hand.
        canvas.addTemplate(total, x + 2.5f, footerY);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        Typesetter.Style small = new Typesetter.Style(BriefTheme.TINY, false, false, BriefTheme.MUTED);
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), type.font(small)), 0, 0, 0);
    }

    private static void show(PdfContentByte canvas, int align, Phrase phrase, float x, float y) {
        // LTR run direction turns on the bidi algorithm and Arabic shaping for mixed-script titles.
        ColumnText.showTextAligned(canvas, align, phrase, x, y, 0, PdfWriter.RUN_DIRECTION_LTR, 0);
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= 70 ? t : t.substring(0, 67) + "...";
    }
}
