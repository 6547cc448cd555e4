package io.roadcase.source;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamException;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams .xlsx/.xlsm workbooks: the package is opened read-only ({@link XlsxPackage}: zip-bomb limits,
 * parts found through their relationships), the small parts are parsed with the JDK's secure SAX
 * parser and the sheets with Aalto's scanner (both refuse a DOCTYPE and expand no entities), and a
 * sheet nobody wants is never parsed. (An encrypted .xlsx is an OLE2 file, read by {@link XlsSource}.)
 * Memory holds only the shared strings, the styles and one row.
 */
final class XlsxSource {

    private final XMLReader xml;
    private final ReadDeadline clock;

    private XlsxSource(ReadDeadline clock) throws SAXException, ParserConfigurationException {
        this.xml = SecureXml.newReader();
        this.clock = clock;
    }

    static void read(File file, String relativeName, SheetVisitor visitor, ReadDeadline clock)
            throws IOException, SAXException, ParserConfigurationException, XMLStreamException {
        XlsxSource source = new XlsxSource(clock);
        try (XlsxPackage pkg = XlsxPackage.open(file, source.xml)) {
            source.read(pkg, relativeName, visitor);
        }
    }

    private void read(XlsxPackage pkg, String relativeName, SheetVisitor visitor)
            throws IOException, SAXException, XMLStreamException {
        String workbookPart = pkg.mainPart();
        if (workbookPart == null) {
            throw new SourceFailure(pkg.contains("_rels/.rels")
                    ? "this zip file holds no workbook: it is not an Excel workbook"
                    : "this is not an Excel workbook (a zip file without workbook parts): save it as .xlsx");
        }
        if (workbookPart.endsWith(".bin")) {
            throw new SourceFailure(Failures.XLSB); // an .xlsb under another name
        }
        XlsxWorkbook workbook = new XlsxWorkbook();
        parse(pkg.open(workbookPart), workbook);
        Map<String, XlsxPackage.Relationship> related = pkg.relationships(workbookPart);
        NumericCells numbers = new NumericCells(workbook.date1904());
        XlsxStyles styles = new XlsxStyles();
        XlsxSharedStrings sharedStrings = new XlsxSharedStrings(clock);
        boolean partsLoaded = false;

        for (XlsxWorkbook.SheetEntry entry : workbook.sheets()) {
            RowSink sink = RowBuffer.ask(visitor, relativeName, entry.name());
            if (sink == null) {
                continue;
            }
            String sheetPart = sheetPart(pkg, related, entry);
            if (!partsLoaded) {
                // Only once a sheet is wanted: a workbook with no wanted sheet costs almost nothing.
                parse(related(pkg, related, "/styles"), styles);
                parse(related(pkg, related, "/sharedStrings"), sharedStrings);
                partsLoaded = true;
            }
            RowBuffer rows = new RowBuffer(sink, clock, numbers);
            try (InputStream sheet = pkg.open(sheetPart)) {
                XlsxSheetReader reader = new XlsxSheetReader(rows, sharedStrings, styles, numbers, clock);
                if (pkg.size(sheetPart) >= ReadAhead.WORTH_IT) {
                    try (ReadAhead ahead = new ReadAhead(sheet)) {
                        reader.read(ahead);
                    }
                } else {
                    reader.read(sheet);
                }
            }
            rows.end();
        }
    }

    /** The part holding a sheet's cells, found through the relationship the workbook names. */
    private static String sheetPart(XlsxPackage pkg, Map<String, XlsxPackage.Relationship> related,
            XlsxWorkbook.SheetEntry entry) {
        XlsxPackage.Relationship relationship = entry.relationshipId() == null ? null : related.get(entry.relationshipId());
        if (relationship == null || relationship.external() || !pkg.contains(relationship.target())) {
            throw new SourceFailure("the workbook lists a sheet \"%s\" whose data is missing: the file is damaged"
                    .formatted(Messages.shorten(entry.name())));
        }
        return relationship.target();
    }

    /**
     * The stream of the workbook's part whose relationship type ends with a suffix, or null. By
     * suffix, so that transitional, strict and early-producer relationship types all match.
     */
    private static InputStream related(XlsxPackage pkg, Map<String, XlsxPackage.Relationship> related,
            String typeSuffix) throws IOException {
        for (XlsxPackage.Relationship relationship : related.values()) {
            if (!relationship.external() && relationship.type().endsWith(typeSuffix)) {
                return pkg.open(relationship.target());
            }
        }
        return null;
    }

    private void parse(InputStream stream, ContentHandler handler) throws IOException, SAXException {
        if (stream == null) {
            return;
        }
        try (stream) {
            xml.setContentHandler(handler);
            xml.parse(new InputSource(stream));
        }
    }
}
