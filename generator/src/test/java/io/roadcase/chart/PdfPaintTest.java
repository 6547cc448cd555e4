package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.roadcase.Fixtures;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Charts painted on OpenPDF's Graphics2D, the way the PDF briefs do, stay vector drawings. */
class PdfPaintTest {

    @Test
    void everyChartPaintsAsVectorPathsIntoAPdfTemplate() throws Exception {
        for (Chart chart : Charts.of(Fixtures.report())) {
            byte[] pdf = paint(chart);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDPage page = document.getPage(0);
                List<String> operators = new ArrayList<>();
                int images = collect(page.getResources(), operators, new HashSet<>());
                operators.addAll(operators(page));
                assertThat(images).as("%s: image XObjects", chart.name()).isZero();
                assertThat(operators).as(chart.name()).contains("m", "l", "f");
            }
        }
    }

    private static byte[] paint(Chart chart) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(chart.width() + 40, chart.height() + 40));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte content = writer.getDirectContent();
        PdfTemplate template = content.createTemplate(chart.width(), chart.height());
        Graphics2D g = template.createGraphicsShapes(chart.width(), chart.height());
        chart.paint(g);
        g.dispose();
        content.addTemplate(template, 20, 20);
        document.close();
        return out.toByteArray();
    }

    /** Counts image XObjects and gathers the operators of every form XObject, recursively. */
    private static int collect(PDResources resources, List<String> operators, Set<COSName> seen) throws Exception {
        if (resources == null) {
            return 0;
        }
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                images++;
            } else if (x instanceof PDFormXObject form && seen.add(name)) {
                operators.addAll(operators(form));
                images += collect(form.getResources(), operators, seen);
            }
        }
        return images;
    }

    private static List<String> operators(PDContentStream stream) throws Exception {
        List<String> names = new ArrayList<>();
        for (Object token : new PDFStreamParser(stream).parse()) {
            if (token instanceof Operator op) {
                names.add(op.getName());
            }
        }
        return names;
    }
}
