package io.roadcase.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.roadcase.chart.Chart;
import io.roadcase.look.Formats;
import io.roadcase.model.ShownText;
import java.awt.Graphics2D;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * One open brief: the OpenPDF document and writer with deterministic metadata, the page frame, and the
 * building blocks every section uses (headings with outline entries, paragraphs, vector charts).
 */
final class BriefDocument implements AutoCloseable {

    /** Title, author, subject and keywords of the document information. */
    record Metadata(String title, String author, String subject, String keywords) {
    }

    final BriefTheme theme;
    final Typesetter type;
    final Formats formats;
    private final Document document;
    private final PdfWriter writer;
    private PdfOutline section;
    private int anchors;

    BriefDocument(BriefTheme theme, Typesetter type, Formats formats, Metadata meta, PageFrame frame, String fileName,
            LocalDate reportDate, OutputStream out) {
        this.theme = theme;
        this.type = type;
        this.formats = formats;
        document = new Document(theme.paper(), BriefTheme.MARGIN_SIDE, BriefTheme.MARGIN_SIDE, BriefTheme.MARGIN_TOP,
                BriefTheme.MARGIN_BOTTOM);
        writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.setPageEvent(frame);
        document.addTitle(meta.title());
        document.addAuthor(meta.author());
        document.addSubject(meta.subject());
        document.addKeywords(meta.keywords());
        document.addCreator("Roadcase");
        document.open();
        // Fixed dates and file id: the same inputs and report date give the same bytes.
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.clear();
        date.set(reportDate.getYear(), reportDate.getMonthValue() - 1, reportDate.getDayOfMonth());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(date));
        byte[] id = fileId(fileName + "|" + reportDate + "|" + meta.title());
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /** Starts a top-level section on a new page, with an outline entry. */
    void section(String title) {
        section(title, true);
    }

    /**
     * Starts a top-level section with an outline entry, on a new page when {@code newPage} is set or when
     * less than a third of this page is left.
     */
    void section(String title, boolean newPage) {
        if (newPage) {
            document.newPage();
        } else {
            keepRoom((document.top() - document.bottom()) / 3);
            Paragraph gap = new Paragraph(type.phrase(" ", Typesetter.BODY));
            gap.setSpacingAfter(12);
            add(gap);
        }
        section = new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(anchor(), false), title);
        Paragraph p = heading(title, Typesetter.BODY.withSize(BriefTheme.H1).asBold().withColor(theme.brand()));
        p.setSpacingAfter(10);
        add(p);
        rule();
    }

    /** A top-level outline entry pointing at this text, for pages without a section heading (the cover). */
    void outlinedText(String outlineTitle, String text, Typesetter.Style style) {
        section = new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(anchor(), false), outlineTitle);
        Paragraph p = heading(text, style);
        p.setLeading(style.size() * 1.2f);
        p.setSpacingAfter(8);
        add(p);
    }

    /** A sub-heading inside the current section, moved to the next page when too little room is left. */
    void subsection(String title) {
        keepRoom(140);
        PdfOutline parent = section == null ? writer.getRootOutline() : section;
        new PdfOutline(parent, PdfAction.gotoLocalPage(anchor(), false), title, false);
        Paragraph p = heading(title, Typesetter.BODY.withSize(BriefTheme.H2).asBold());
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        add(p);
    }

    /** A body paragraph. */
    void paragraph(String text, Typesetter.Style style) {
        Paragraph p = new Paragraph(type.phrase(text, style));
        p.setSpacingAfter(6);
        add(p);
    }

    void add(Element element) {
        try {
            document.add(element instanceof Paragraph p && rightToLeft(p) ? bidi(p) : element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the brief", e);
        }
    }

    /** Starts a new page unless at least {@code points} of height remain on this one. */
    void keepRoom(float points) {
        if (writer.getVerticalPosition(false) - document.bottom() < points) {
            document.newPage();
        }
    }

    /** The width between the margins. */
    float width() {
        return document.right() - document.left();
    }

    /**
     * The chart as vector drawing: painted into a PDF template, its text set in the brief's embedded
     * DejaVu subsets (real, searchable text, far smaller than every letter as outlines), and scaled to
     * fit {@code maxWidth}.
     */
    Image chart(Chart chart, float maxWidth, float maxHeight) {
        PdfTemplate template = writer.getDirectContent().createTemplate(chart.width(), chart.height());
        Graphics2D g = template.createGraphics(chart.width(), chart.height(), type.chartFonts());
        try {
            // Briefs are written in parallel and share chart objects (a KPI's sparkline appears in
            // several briefs); a chart is not promised to be safe to paint from two threads at once.
            synchronized (chart) {
                chart.paint(g);
            }
        } finally {
            g.dispose();
        }
        try {
            Image image = Image.getInstance(template);
            // Never larger than drawn: small charts would look coarse and out of scale with the text.
            image.scaleToFit(Math.min(maxWidth, chart.width()), Math.min(maxHeight, chart.height()));
            image.setAlignment(Image.MIDDLE);
            image.setAlt(chart.description());
            return image;
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot place chart " + chart.name(), e);
        }
    }

    /** Adds a chart centred on the page, on one page. Charts carry their own title. */
    void figure(Chart chart, float maxHeight) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setKeepTogether(true);
        box.setSpacingBefore(4);
        box.setSpacingAfter(8);
        PdfPCell image = new PdfPCell(chart(chart, width(), maxHeight), false);
        image.setBorder(PdfPCell.NO_BORDER);
        image.setHorizontalAlignment(Element.ALIGN_CENTER);
        box.addCell(image);
        add(box);
    }

    /** A full-width thin rule in the brand colour. */
    void rule() {
        PdfPTable line = new PdfPTable(1);
        line.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell(type.phrase("", Typesetter.BODY));
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColorBottom(theme.brand());
        cell.setBorderWidthBottom(1.2f);
        cell.setFixedHeight(2);
        line.addCell(cell);
        line.setSpacingAfter(10);
        add(line);
    }

    /**
     * A paragraph laid out with the bidi algorithm and Arabic shaping, which OpenPDF applies only to
     * table cells and column text: a one-cell borderless table around it.
     */
    private static PdfPTable bidi(Paragraph p) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(p.getSpacingBefore());
        box.setSpacingAfter(p.getSpacingAfter());
        box.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(3);
        cell.setPaddingLeft(p.getIndentationLeft());
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setIndentationLeft(0);
        cell.addElement(p);
        box.addCell(cell);
        return box;
    }

    /** Whether the paragraph has Hebrew, Arabic or other right-to-left letters. */
    private static boolean rightToLeft(Paragraph p) {
        for (Object o : p.getChunks()) {
            String s = ((Chunk) o).getContent();
            for (int i = 0; i < s.length(); i++) {
                byte d = Character.getDirectionality(s.charAt(i));
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return true;
                }
            }
        }
        return false;
    }

    PdfWriter writer() {
        return writer;
    }

    @Override
    public void close() {
        document.close();
    }

    private Paragraph heading(String title, Typesetter.Style style) {
        Phrase phrase = type.phrase(ShownText.cut(title, ShownText.BRIEF_CELL), style);
        String name = "s" + anchors;
        // The outline entry jumps to a named destination on the heading's first run.
        phrase.getChunks().stream().findFirst().ifPresent(c -> ((Chunk) c).setLocalDestination(name));
        return new Paragraph(phrase);
    }

    private String anchor() {
        anchors++;
        return "s" + anchors;
    }

    private static byte[] fileId(String seed) {
        try {
            return MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
