package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Problem;
import io.roadcase.model.RiskStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files in, as a new user brings them: nothing unread passes as valid, and every fault is said once. */
class IntakeTest {

    @TempDir
    Path folder;

    private PortfolioReader.ReadResult read() {
        return PortfolioReader.read(folder, null, null);
    }

    private static List<String> messages(PortfolioReader.ReadResult result, Problem.Level level) {
        return result.problems().stream().filter(p -> p.level() == level).map(Problem::toString).toList();
    }

    @Test
    void aFolderThatGivesNothingIsAnErrorNamingTheFilesAndTheTables() throws IOException {
        Files.writeString(folder.resolve("notes.csv"), "what,when\nlunch,noon\n", StandardCharsets.UTF_8);

        PortfolioReader.ReadResult result = read();

        assertThat(messages(result, Problem.Level.ERROR)).singleElement().satisfies(m -> assertThat(m)
                .contains("nothing to report", "notes.csv", "roadmap, kpis, kpi_values, funding_cases"));
        assertThat(messages(result, Problem.Level.WARNING)).singleElement()
                .satisfies(m -> assertThat(m).contains("notes.csv holds no table Roadcase reads"));
        assertThat(ReadSummary.of(result.portfolio(), result.files().size()).toString())
                .isEqualTo("read nothing from 1 file");
    }

    @Test
    void aSpreadsheetOfAnotherFormatIsAWarningSayingHowToSaveIt() throws IOException {
        Files.writeString(folder.resolve("roadmap.csv"),
                "id,title,start_date,end_date\nR1,Search,2026-01-01,2026-03-31\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("kpis.ods"), "PK", StandardCharsets.UTF_8);

        PortfolioReader.ReadResult result = read();

        assertThat(messages(result, Problem.Level.WARNING)).containsExactly("warning: kpis.ods: kpis.ods is not read:"
                + " it is an OpenDocument spreadsheet: save it as .xlsx (in LibreOffice: File > Save As, Excel 2007-365)");
        assertThat(messages(result, Problem.Level.ERROR)).isEmpty();
        assertThat(result.portfolio().initiatives()).hasSize(1);
    }

    @Test
    void aMisnamedRoadmapGetsTheNameToUse() throws IOException {
        Files.writeString(folder.resolve("roadmap-2026.csv"),
                "id,title,start_date,end_date\nR1,Search,2026-01-01,2026-03-31\n", StandardCharsets.UTF_8);

        PortfolioReader.ReadResult result = read();

        assertThat(messages(result, Problem.Level.WARNING)).singleElement().isEqualTo("warning: roadmap-2026.csv:"
                + " roadmap-2026.csv looks like a roadmap table (it has id, title, start_date, end_date), but is not"
                + " read: name the file roadmap.csv");
        assertThat(messages(result, Problem.Level.ERROR)).singleElement().satisfies(m -> assertThat(m)
                .contains("nothing to report"));
    }

    @Test
    void aSheetIsGuessedByItsHeaderAloneAndMissingColumnsAreNamed() throws IOException {
        try (Workbook book = new XSSFWorkbook()) {
            fill(book.createSheet("Plan"), List.of("Summary", "Start Date", "Due Date"), List.of("Search", "2026-01-01",
                    "2026-02-01"));
            fill(book.createSheet("Roadmap"), List.of("id", "title"), List.of("R1", "Checkout"));
            write(book, "plan.xlsx");
        }

        PortfolioReader.ReadResult result = read();

        assertThat(messages(result, Problem.Level.WARNING)).singleElement().satisfies(m -> assertThat(m).contains(
                "sheet \"Plan\" of plan.xlsx looks like a roadmap table (it has Summary, Start Date, Due Date)",
                "name the sheet roadmap", "add the required column id"));
        assertThat(result.portfolio().initiatives()).hasSize(1);
    }

    @Test
    void readsToolHeadersAndWarnsForNearMisses() throws IOException {
        Files.writeString(folder.resolve("roadmap.csv"), String.join("\n",
                "Key,Summary,Assignee,Epic,Due Date,strt",
                "SHOP-1,Checkout,Ana,Payments,2026-03-31,2026-01-01", ""), StandardCharsets.UTF_8);

        PortfolioReader.ReadResult result = read();

        assertThat(result.portfolio().initiatives()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("SHOP-1");
            assertThat(i.title()).isEqualTo("Checkout");
            assertThat(i.owner()).isEqualTo("Ana");
            assertThat(i.theme()).isEqualTo("Payments");
            assertThat(i.end()).hasToString("2026-03-31");
        });
        assertThat(messages(result, Problem.Level.WARNING)).singleElement().satisfies(m -> assertThat(m)
                .contains("column \"strt\" looks like \"start\""));
    }

    @Test
    void statusWordsOfToolsAndOfTheTeamAreKnownAndUnknownOnesAreSaidOncePerWord() throws IOException {
        StringBuilder csv = new StringBuilder("id,title,status\n");
        String[] words = {"To Do", "Selected for Development", "In Review", "Won’t Do", "On Hold", "Erledigt",
            "Blocked by legal", "Blocked by legal", "Blocked by legal", "Blocked by legal"};
        for (int i = 0; i < words.length; i++) {
            csv.append("R").append(i).append(",T,").append(words[i]).append('\n');
        }
        Files.writeString(folder.resolve("roadmap.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("settings.csv"), "key,value\nstatus_map,Erledigt=done; In Arbeit=in-progress\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("risks.csv"), "risk,initiative,likelihood,impact,status\n"
                + "Fraud,R1,high,low,Mitigated\n", StandardCharsets.UTF_8);

        PortfolioReader.ReadResult result = read();

        assertThat(result.portfolio().initiatives().subList(0, 6)).extracting(i -> i.status()).containsExactly(
                InitiativeStatus.PLANNED, InitiativeStatus.PLANNED, InitiativeStatus.IN_PROGRESS,
                InitiativeStatus.CANCELLED, InitiativeStatus.BLOCKED, InitiativeStatus.DONE);
        assertThat(result.portfolio().risks()).extracting(r -> r.status()).containsExactly(RiskStatus.CLOSED);
        assertThat(messages(result, Problem.Level.ERROR)).singleElement().isEqualTo("error: roadmap.csv, line 8,"
                + " column status: column \"status\": status \"Blocked by legal\" is not a known status (4 rows,"
                + " first on lines 8, 9, 10): use one of planned, in-progress, done, at-risk, blocked, cancelled,"
                + " or map it to one of them with the setting status_map (Blocked by legal=…)");
    }

    @Test
    void aStatusMapToAnUnknownStatusIsAnErrorAtTheSetting() throws IOException {
        Files.writeString(folder.resolve("settings.csv"), "key,value\nstatus_map,Erledigt=fertig\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("roadmap.csv"), "id,title\nR1,T\n", StandardCharsets.UTF_8);

        assertThat(messages(read(), Problem.Level.ERROR)).singleElement().satisfies(m -> assertThat(m)
                .contains("settings.csv, line 2, column value", "\"Erledigt\" maps to \"fertig\""));
    }

    @Test
    void formulasWithoutSavedResultsAreErrorsOncePerColumnNeverDefaults() throws IOException {
        try (Workbook book = new XSSFWorkbook()) {
            Sheet settings = book.createSheet("Settings");
            fill(settings, List.of("key", "value"), List.of("discount_rate", "=0.04*2"));
            Sheet roadmap = book.createSheet("Roadmap");
            fill(roadmap, List.of("id", "title", "progress"), List.of("R1", "A", "=10/100"), List.of("R2", "B", "=20/100"));
            Sheet values = book.createSheet("KPI values");
            fill(values, List.of("kpi", "date", "value"), List.of("nps", "2026-01", "=40+2"));
            fill(book.createSheet("KPIs"), List.of("id", "name"), List.of("nps", "NPS"));
            write(book, "book.xlsx");
        }

        PortfolioReader.ReadResult result = read();

        assertThat(messages(result, Problem.Level.ERROR)).containsExactlyInAnyOrder(
                "error: book.xlsx, sheet KPI values, cell C2: column \"value\": a formula without a saved result"
                        + " (=40+2); " + UnsavedFormulas.fix("book.xlsx"),
                "error: book.xlsx, sheet Roadmap, cell C2: column \"progress\": a formula without a saved result"
                        + " (=10/100) (2 rows, first at C2, C3); " + UnsavedFormulas.fix("book.xlsx"),
                "error: book.xlsx, sheet Settings, cell B2: column \"value\": a formula without a saved result"
                        + " (=0.04*2); " + UnsavedFormulas.fix("book.xlsx"));
        assertThat(UnsavedFormulas.fix("book.xlsx")).contains("open book.xlsx in Excel or LibreOffice and save it",
                "soffice --headless --convert-to xlsx");
        assertThat(result.portfolio().observations()).isEmpty();
    }

    @Test
    void anXlsFormulaAProgramNeverCalculatedIsAnErrorAndACalculatedOneIsRead() throws IOException {
        try (Workbook book = new HSSFWorkbook()) {
            Sheet roadmap = book.createSheet("Roadmap");
            fill(roadmap, List.of("id", "title", "progress"), List.of("R1", "A", "=10/100"), List.of("R2", "B", "0.5"));
            write(book, "raw.xls");
        }
        try (Workbook book = new HSSFWorkbook()) {
            Sheet kpis = book.createSheet("KPIs");
            fill(kpis, List.of("id", "name", "target"), List.of("nps", "NPS", "=40+2"));
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            write(book, "calculated.xls");
        }

        PortfolioReader.ReadResult result = read();

        assertThat(messages(result, Problem.Level.ERROR)).singleElement().satisfies(m -> assertThat(m)
                .startsWith("error: raw.xls, sheet Roadmap, cell C2: column \"progress\": a formula without a saved"));
        assertThat(result.portfolio().kpis()).singleElement().satisfies(k -> assertThat(k.target()).isEqualTo(42.0));
    }

    @Test
    void anEmptyTableSheetIsAWarning() throws IOException {
        Files.writeString(folder.resolve("roadmap.csv"), "id,title\nR1,T\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("risks.csv"), "risk,initiative,likelihood,impact\n", StandardCharsets.UTF_8);

        assertThat(messages(read(), Problem.Level.WARNING)).singleElement().satisfies(m -> assertThat(m)
                .contains("risks.csv", "the risks table in risks.csv has a header but no rows"));
    }

    @SafeVarargs
    private static void fill(Sheet sheet, List<String>... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].size(); c++) {
                String text = rows[r].get(c);
                if (text.startsWith("=")) {
                    // A formula on a new cell, never evaluated: the file holds no result, as a program writes it.
                    row.createCell(c).setCellFormula(text.substring(1));
                } else {
                    row.createCell(c).setCellValue(text);
                }
            }
        }
    }

    private void write(Workbook book, String name) throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
            book.write(out);
        }
    }
}
