package io.roadcase.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.roadcase.model.ShownText;
import java.util.List;

/** The first page of a brief: logo, kind of brief, title, and the key facts as label and value. */
final class Cover {

    /** One fact under the title: {@code Ask} and {@code US$450,000}. */
    record Fact(String label, String value) {
    }

    private Cover() {
    }

    static void add(BriefDocument doc, Image logo, String kind, String title, String subtitle, List<Fact> facts) {
        // A band of the brand colour along the top edge marks the cover.
        var canvas = doc.writer().getDirectContentUnder();
        var paper = doc.theme.paper();
        canvas.saveState();
        canvas.setColorFill(doc.theme.brand());
        canvas.rectangle(0, paper.getHeight() - 10, paper.getWidth(), 10);
        canvas.fill();
        canvas.restoreState();
        if (logo != null) {
            logo.scaleToFit(160, 56);
            logo.setAlignment(Image.LEFT);
            doc.add(logo);
        }
        // Spacing before is ignored at the top of a page: a tall empty line moves the title down instead.
        doc.add(new Paragraph(logo == null ? 150f : 90f, " ", doc.type.font(Typesetter.BODY)));
        doc.paragraph(kind, Typesetter.BODY.withSize(BriefTheme.SMALL + 1).asBold().withColor(doc.theme.brand()));
        doc.outlinedText("Cover", ShownText.cut(title, ShownText.BRIEF_CELL), Typesetter.BODY.withSize(BriefTheme.TITLE).asBold());
        if (subtitle != null && !subtitle.isBlank()) {
            doc.paragraph(ShownText.cut(subtitle, ShownText.BRIEF_CELL), Typesetter.BODY.withSize(BriefTheme.H2).withColor(BriefTheme.MUTED));
        }
        doc.rule();

        PdfPTable table = new PdfPTable(new float[] {1, 2.6f});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(18);
        table.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        for (Fact fact : facts) {
            table.addCell(cell(doc.type.phrase(fact.label(), Typesetter.BODY.withColor(BriefTheme.MUTED))));
            table.addCell(cell(doc.type.phrase(ShownText.cut(fact.value(), ShownText.BRIEF_CELL), Typesetter.BODY.withSize(BriefTheme.BODY + 1).asBold())));
        }
        doc.add(table);
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(BriefTheme.RULE);
        cell.setBorderWidthBottom(0.5f);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(7);
        cell.setPaddingLeft(0);
        return cell;
    }
}
