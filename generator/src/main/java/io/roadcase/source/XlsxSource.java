package io.roadcase.source;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams .xlsx/.xlsm workbooks: the package is opened read-only by POI (zip-bomb limits, encrypted
 * files recognised), the small parts are parsed with the JDK's secure SAX parser and the sheets with
 * Aalto's scanner (both refuse a DOCTYPE and expand no entities), and a sheet nobody wants is never
 * parsed.
 * Memory holds only the shared strings, the styles and one row.
 */
final class XlsxSource {

    private static final List<String> MAIN_PART_TYPES =
            List.of(PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT);

    private final XMLReader xml;
    private final ReadDeadline clock;

    private XlsxSource(ReadDeadline clock) throws SAXException, ParserConfigurationException {
        this.xml = SecureXml.newReader();
        this.clock = clock;
    }

    static void read(File file, String relativeName, SheetVisitor visitor, ReadDeadline clock)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException, XMLStreamException {
        XlsxSource source = new XlsxSource(clock);
        OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
        try {
            source.read(pkg, relativeName, visitor);
        } finally {
            // revert(), not close(): a package opened for reading must never be written back.
            pkg.revert();
        }
    }

    private void read(OPCPackage pkg, String relativeName, SheetVisitor visitor)
            throws IOException, OpenXML4JException, SAXException, XMLStreamException {
        PackagePart workbookPart = workbookPart(pkg);
        if (workbookPart == null) {
            throw new SourceFailure("this zip file holds no workbook: it is not an Excel workbook");
        }
        XlsxWorkbook workbook = new XlsxWorkbook();
        parse(workbookPart.getInputStream(), workbook);
        NumericCells numbers = new NumericCells(workbook.date1904());
        XlsxStyles styles = new XlsxStyles();
        XlsxSharedStrings sharedStrings = new XlsxSharedStrings(clock);
        boolean partsLoaded = false;

        for (XlsxWorkbook.SheetEntry entry : workbook.sheets()) {
            RowSink sink = RowBuffer.ask(visitor, relativeName, entry.name());
            if (sink == null) {
                continue;
            }
            PackagePart sheetPart = sheetPart(workbookPart, entry);
            if (!partsLoaded) {
                // Only once a sheet is wanted: a workbook with no wanted sheet costs almost nothing.
                parse(related(workbookPart, "/styles"), styles);
                parse(related(workbookPart, "/sharedStrings"), sharedStrings);
                partsLoaded = true;
            }
            RowBuffer rows = new RowBuffer(sink, clock, numbers);
            try (InputStream sheet = sheetPart.getInputStream()) {
                if (sheet != null) {
                    XlsxSheetReader reader = new XlsxSheetReader(rows, sharedStrings, styles, numbers, clock);
                    if (sheetPart.getSize() >= ReadAhead.WORTH_IT) {
                        try (ReadAhead ahead = new ReadAhead(sheet)) {
                            reader.read(ahead);
                        }
                    } else {
                        reader.read(sheet);
                    }
                }
            }
            rows.end();
        }
    }

    private static PackagePart sheetPart(PackagePart workbookPart, XlsxWorkbook.SheetEntry entry)
            throws InvalidFormatException {
        PackagePart part;
        try {
            PackageRelationship relationship =
                    entry.relationshipId() == null ? null : workbookPart.getRelationship(entry.relationshipId());
            part = relationship == null ? null : workbookPart.getRelatedPart(relationship);
        } catch (IllegalArgumentException e) {
            // POI's way of saying the relationship points at a part the zip does not hold.
            part = null;
        }
        if (part == null) {
            throw new SourceFailure("the workbook lists a sheet \"%s\" whose data is missing: the file is damaged"
                    .formatted(Messages.shorten(entry.name())));
        }
        return part;
    }

    /**
     * The stream of the workbook's part whose relationship type ends with a suffix, or null. By
     * suffix, so that transitional, strict and early-producer relationship types all match.
     */
    private static InputStream related(PackagePart workbookPart, String typeSuffix)
            throws InvalidFormatException, IOException {
        for (PackageRelationship relationship : workbookPart.getRelationships()) {
            if (relationship.getTargetMode() == TargetMode.INTERNAL
                    && relationship.getRelationshipType().endsWith(typeSuffix)) {
                try {
                    PackagePart part = workbookPart.getRelatedPart(relationship);
                    return part == null ? null : part.getInputStream();
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The package's main part, found by its transitional or strict relationship, or null. Done here,
     * as POI's {@code XSSFReader} does it, because merely loading that class loads POI's whole
     * workbook model (about 250 classes, a tenth of a second on every run).
     */
    private static PackagePart workbookPart(OPCPackage pkg) throws InvalidFormatException {
        for (String type : MAIN_PART_TYPES) {
            PackageRelationship relationship = pkg.getRelationshipsByType(type).getRelationship(0);
            if (relationship != null) {
                return pkg.getPart(relationship);
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
