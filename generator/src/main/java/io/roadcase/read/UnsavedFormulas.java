package io.roadcase.read;

import io.roadcase.model.Problem;
import io.roadcase.source.Cell;
import io.roadcase.source.SourceRow;

/**
 * Formulas without a saved result, in any cell of a table's rows: a workbook written by a program
 * and never opened in a spreadsheet application holds the formula but not its value. Reading such a
 * cell as blank would let a default stand in for the real figure (a discount rate of 10 % instead of
 * the 8 % the formula gave), so each is an error, reported once per column with the fix.
 */
final class UnsavedFormulas {

    private UnsavedFormulas() {
    }

    /** Counts every formula cell of a data row in the tally, named by its column's header. */
    static void scan(SourceRow cells, int row, Header header, CellTally tally, String file) {
        for (int column = 0; column < cells.size(); column++) {
            if (cells.kind(column) == Cell.Kind.FORMULA) {
                String label = header.textAt(column);
                String name = label == null ? Header.letter(column) : label;
                String formula = cells.text(column).toString();
                tally.add("formula " + column, Problem.Level.ERROR, row, column, label,
                        where -> message(name, formula, where, file));
            }
        }
    }

    /** {@code column "Rate": a formula without a saved result (=B2/100) ...: open and save ...}. */
    static String message(String column, String formula, String where, String file) {
        return "column " + FoundText.quoted(column) + ": " + what(formula) + where + "; " + fix(file);
    }

    /** {@code a formula without a saved result (=B2/100)}, the formula only when the file gives it. */
    static String what(String formula) {
        return "a formula without a saved result" + (formula.isBlank() ? "" : " (=" + formula.strip() + ")");
    }

    /** Why the value is unknown and how to get it, for a file of the data folder. */
    static String fix(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return "the workbook was written by a program and never calculated, so the value is unknown"
                + " (Roadcase never calculates formulas nor uses a default instead): open " + name
                + " in Excel or LibreOffice and save it, or run soffice --headless --convert-to xlsx --outdir"
                + " converted " + name + " and use the file in converted/";
    }
}
