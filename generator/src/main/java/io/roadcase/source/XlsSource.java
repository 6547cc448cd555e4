package io.roadcase.source;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Streams .xls (BIFF8) workbooks with POI's event API: records arrive in file order, so memory
 * holds the shared strings and one row, whatever the sheet size. The file is opened read-only.
 */
final class XlsSource implements HSSFListener {

    private final String relativeName;
    private final SheetVisitor visitor;
    private final ReadDeadline clock;
    private final FormatTrackingHSSFListener formats;
    private final Map<Short, NumericCells.Format> formatOfStyle = new HashMap<>();
    private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
    private NumericCells numbers = new NumericCells(false);
    private BoundSheetRecord[] sheetsInOrder;
    private SSTRecord sharedStrings;

    private int depth;
    private int sheetIndex = -1;
    private RowBuffer rows;
    private int rowIndex = -1;
    private CellValueRecordInterface pendingFormula;
    private int records;

    private XlsSource(String relativeName, SheetVisitor visitor, ReadDeadline clock) {
        this.relativeName = relativeName;
        this.visitor = visitor;
        this.clock = clock;
        // A fixed locale: displayed text must not depend on the machine.
        this.formats = new FormatTrackingHSSFListener(this, Locale.US);
    }

    static void read(File file, String relativeName, SheetVisitor visitor, ReadDeadline clock) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file, true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                // A password-protected .xlsx is stored as an OLE2 container holding the encrypted package.
                throw new SourceFailure(Failures.ENCRYPTED);
            }
            if (!root.hasEntryCaseInsensitive("Workbook")) {
                // Excel 5/95 named the stream "Book"; POI reads only Excel 97 and later (BIFF8).
                throw new SourceFailure(root.hasEntryCaseInsensitive("Book") ? Failures.OLD_BIFF
                        : "this is an Office file, but not an Excel workbook: save it as .xlsx");
            }
            XlsSource source = new XlsSource(relativeName, visitor, clock);
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(source.formats);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
            source.endSheet();
        }
    }

    @Override
    public void processRecord(Record record) {
        if ((++records & 0xFFF) == 0) {
            clock.check();
        }
        switch (record.getSid()) {
            case BOFRecord.sid -> startSubstream((BOFRecord) record);
            case EOFRecord.sid -> endSubstream();
            case BoundSheetRecord.sid -> boundSheets.add((BoundSheetRecord) record);
            case SSTRecord.sid -> sharedStrings = (SSTRecord) record;
            case DateWindow1904Record.sid -> numbers = new NumericCells(((DateWindow1904Record) record).getWindowing() == 1);
            default -> {
                if (rows != null) {
                    cellRecord(record);
                }
            }
        }
    }

    private void startSubstream(BOFRecord bof) {
        depth++;
        if (depth != 1 || bof.getType() == BOFRecord.TYPE_WORKBOOK) {
            return;
        }
        sheetIndex++;
        if (bof.getType() != BOFRecord.TYPE_WORKSHEET) {
            return;
        }
        if (sheetsInOrder == null) {
            sheetsInOrder = BoundSheetRecord.orderByBofPosition(boundSheets);
        }
        String name = sheetIndex < sheetsInOrder.length
                ? sheetsInOrder[sheetIndex].getSheetname() : "Sheet" + (sheetIndex + 1);
        RowSink sink = RowBuffer.ask(visitor, relativeName, name);
        if (sink != null) {
            rows = new RowBuffer(sink, clock);
            rowIndex = -1;
        }
    }

    private void endSubstream() {
        depth = Math.max(0, depth - 1);
        if (depth == 0) {
            endSheet();
        }
    }

    private void endSheet() {
        if (rows != null) {
            if (rowIndex >= 0) {
                rows.endRow(rowIndex + 1);
            }
            rows.end();
            rows = null;
        }
    }

    private void cellRecord(Record record) {
        if (record instanceof StringRecord string) {
            // The text result of the formula just before it.
            if (pendingFormula != null) {
                put(pendingFormula, Cell.text(string.getString()));
                pendingFormula = null;
            }
            return;
        }
        if (!(record instanceof CellValueRecordInterface cell)) {
            return;
        }
        pendingFormula = null;
        Cell value = switch (record.getSid()) {
            case NumberRecord.sid -> number(cell, ((NumberRecord) record).getValue());
            case LabelSSTRecord.sid -> sharedString(((LabelSSTRecord) record).getSSTIndex());
            case LabelRecord.sid -> Cell.text(((LabelRecord) record).getValue());
            case BoolErrRecord.sid -> boolOrError((BoolErrRecord) record);
            case FormulaRecord.sid -> formulaResult(cell, (FormulaRecord) record);
            default -> Cell.BLANK;
        };
        put(cell, value);
    }

    private void put(CellValueRecordInterface cell, Cell value) {
        if (cell.getRow() != rowIndex) {
            if (rowIndex >= 0) {
                rows.endRow(rowIndex + 1);
            }
            rowIndex = cell.getRow();
        }
        rows.put(cell.getColumn(), value);
    }

    private Cell formulaResult(CellValueRecordInterface cell, FormulaRecord formula) {
        CellType type = formula.getCachedResultTypeEnum();
        if (formula.isCalcOnLoad() && type == CellType.NUMERIC && formula.getValue() == 0) {
            // POI writes a new formula with the result 0 and this flag, which Excel and LibreOffice never
            // set (the format reserves the bit): a program wrote the formula and nothing calculated it.
            return Cell.formula("");
        }
        return switch (type) {
            case NUMERIC -> number(cell, formula.getValue());
            case BOOLEAN -> bool(formula.getCachedBooleanValue());
            case ERROR -> error(formula.getCachedErrorValue());
            case STRING -> {
                if (formula.hasCachedResultString()) {
                    pendingFormula = cell;
                }
                yield Cell.BLANK;
            }
            default -> Cell.BLANK;
        };
    }

    private Cell number(CellValueRecordInterface cell, double value) {
        NumericCells.Format format = formatOfStyle.computeIfAbsent(cell.getXFIndex(), style -> {
            try {
                return NumericCells.format(formats.getFormatIndex(cell), formats.getFormatString(cell));
            } catch (RuntimeException e) {
                return NumericCells.GENERAL;
            }
        });
        return numbers.cell(value, format);
    }

    private Cell sharedString(int index) {
        try {
            return Cell.text(sharedStrings.getString(index).getString());
        } catch (RuntimeException e) {
            // No table, or an index past its end (the table's own count cannot be trusted).
            throw new SourceFailure("a cell refers to shared text that the workbook does not contain");
        }
    }

    private static Cell boolOrError(BoolErrRecord record) {
        return record.isBoolean() ? bool(record.getBooleanValue()) : error(record.getErrorValue());
    }

    private static Cell bool(boolean value) {
        return new Cell(Cell.Kind.BOOLEAN, value ? "TRUE" : "FALSE", value ? 1 : 0, null);
    }

    private static Cell error(int code) {
        String text;
        try {
            text = FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            text = "#N/A";
        }
        return new Cell(Cell.Kind.ERROR, text, 0, null);
    }
}
