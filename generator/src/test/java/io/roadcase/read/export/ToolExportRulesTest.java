package io.roadcase.read.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.model.Initiative;
import io.roadcase.model.InitiativeStatus;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import io.roadcase.read.PortfolioReader;
import io.roadcase.read.PortfolioReader.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What decides that a sheet is an export, which rows are roadmap items, and what users are told. */
class ToolExportRulesTest {

    @TempDir
    Path data;

    private ReadResult read(String file, String... lines) throws IOException {
        Files.writeString(data.resolve(file), String.join("\n", lines) + "\n");
        return PortfolioReader.read(data);
    }

    @Test
    void readsJiraInFrenchAndSpanish() throws IOException {
        Files.writeString(data.resolve("fr.csv"), String.join("\n",
                "Résumé,Clé de ticket,ID de ticket,Type de ticket,État,Responsable,Date d'échéance,Étiquettes,"
                        + "Champ personnalisé (Start date),Catégorie d'état",
                "Nouvelle facturation,FAC-1,30001,Epic,En cours,Claire Martin,15/déc./26,facturation,01/sept./26,En cours",
                "Portail client,FAC-2,30002,Epic,Terminé,Claire Martin,30/juin/26,portail,,Terminé",
                "Écrire les tests,FAC-3,30003,Sous-tâche,À faire,,,,,À faire") + "\n");
        Files.writeString(data.resolve("es.csv"), String.join("\n",
                "Resumen,Clave de incidencia,ID de la incidencia,Tipo de incidencia,Estado,Persona asignada,"
                        + "Fecha de vencimiento,Etiquetas,Categoría de estado",
                "Pagos móviles,PM-1,40001,Épica,En curso,Lucía Gómez,31/ago/26,pagos,En curso",
                "Informe anual,PM-2,40002,Épica,Listo,Lucía Gómez,15/ene/26,informes,Listo",
                "Alta de usuarios,PM-3,40003,Historia,Tareas por hacer,,,,Por hacer") + "\n");
        ReadResult result = PortfolioReader.read(data);
        assertThat(result.problems()).extracting(Problem::message).allMatch(m -> m.startsWith("read as a Jira export"));
        assertThat(result.portfolio().initiatives()).extracting(Initiative::id).containsExactly("PM-1", "PM-2",
                "FAC-1", "FAC-2");
        Initiative billing = result.portfolio().initiatives().get(2);
        assertThat(billing.title()).isEqualTo("Nouvelle facturation");
        assertThat(billing.status()).isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThat(billing.owner()).isEqualTo("Claire Martin");
        assertThat(billing.start()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(billing.end()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(billing.theme()).isEqualTo("facturation");
        assertThat(result.portfolio().initiatives().get(3).status()).isEqualTo(InitiativeStatus.DONE);
        Initiative mobile = result.portfolio().initiatives().get(0);
        assertThat(mobile.status()).isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThat(mobile.end()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(mobile.owner()).isEqualTo("Lucía Gómez");
        assertThat(result.portfolio().initiatives().get(1).status()).isEqualTo(InitiativeStatus.DONE);
    }

    @Test
    void anExportWhoseRowsAreAllFilteredOutIsAWarningNamingTheTypesItHas() throws IOException {
        Files.writeString(data.resolve("settings.csv"), "key,value\nissue_types,Epic\n");
        ReadResult result = read("export-2026-11-03.csv",
                "Summary,Issue key,Issue id,Issue Type,Status",
                "Login page,WEB-1,1,Story,Done",
                "Signup page,WEB-2,2,Story,To Do",
                "Fix typo,WEB-3,3,Bug,Done");
        assertThat(result.portfolio().initiatives()).isEmpty();
        // Nothing at all was read, so the run fails too (issue 14: nothing read is never valid).
        assertThat(result.problems()).filteredOn(Problem::isError).singleElement().asString()
                .contains("nothing to report");
        assertThat(result.problems()).filteredOn(p -> !p.isError()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(p.place()).isEqualTo(Place.file("export-2026-11-03.csv"));
            assertThat(p.message()).isEqualTo("read as a Jira export: none of its 3 rows are a roadmap item: the "
                    + "roadmap takes the issue types Epic (setting issue_types), and the export has Story (2), Bug (1)");
        });
    }

    @Test
    void withoutEpicsEverythingButSubTasksIsOnTheRoadmapAndAStarTakesEverything() throws IOException {
        String[] export = {"Summary,Issue key,Issue Type,Status", "Login page,WEB-1,Story,Done",
            "Fix typo,WEB-3,Bug,Done", "Write tests,WEB-4,Sub-task,To Do"};
        ReadResult result = read("Jira.csv", export);
        assertThat(result.portfolio().initiatives()).extracting(Initiative::id).containsExactly("WEB-1", "WEB-3");
        assertThat(result.problems()).singleElement().extracting(Problem::message).asString()
                .contains("taking every issue type but sub-tasks, as the export has no epics")
                .contains("skipped Sub-task (1)");

        Files.writeString(data.resolve("settings.csv"), "key,value\nissue_types,*\n");
        assertThat(PortfolioReader.read(data).portfolio().initiatives()).hasSize(3);
    }

    @Test
    void anUnknownStatusWordWithoutACategoryStaysAsWrittenAndIsReportedAtItsCell() throws IOException {
        ReadResult result = read("Jira.csv",
                "Summary,Issue key,Issue Type,Status",
                "Checkout,PAY-1,Epic,Parked by legal");
        assertThat(result.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.place()).isEqualTo(Place.csv("Jira.csv", 2, "Status"));
            assertThat(p.message()).contains("\"Parked by legal\"");
        });
    }

    @Test
    void aFileNamedAfterATableStaysThatTableUnlessItsHeaderIsOnlyAnExportsOwn() throws IOException {
        ReadResult plain = read("roadmap.csv", "ID,Team,Title,Status", "A,Core,Alpha,planned");
        assertThat(plain.problems()).isEmpty();
        assertThat(plain.portfolio().initiatives()).singleElement().satisfies(i -> assertThat(i.team()).isEqualTo("Core"));

        Files.delete(data.resolve("roadmap.csv"));
        ReadResult linear = read("plan.csv", "ID,Team,Title,Status", "ENG-1,Core,Alpha,Todo");
        assertThat(linear.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("read as a Linear export");
        assertThat(linear.portfolio().initiatives()).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(InitiativeStatus.PLANNED));

        Files.delete(data.resolve("plan.csv"));
        ReadResult jira = read("roadmap.csv", "Summary,Issue key,Issue Type,Status", "Checkout,PAY-1,Epic,In Review");
        assertThat(jira.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("read as a Jira export");
    }

    @Test
    void aSheetThatIsNeitherATableNorAnExportIsStillNotedAsSkipped() throws IOException {
        ReadResult result = read("notes.csv", "Topic,Owner", "Budget,Ann");
        assertThat(result.problems()).filteredOn(p -> !p.isError()).singleElement().extracting(Problem::message)
                .asString().contains("notes.csv holds no table Roadcase reads");
        assertThat(result.problems()).filteredOn(Problem::isError).singleElement().asString()
                .contains("nothing to report").contains("files seen: notes.csv");
    }

    @Test
    void readsAnExportSavedAsAWorkbookBelowATitleRowWithDateCellsAndNamesItsCells() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(data.resolve("Book1.xlsx"))) {
            Sheet sheet = book.createSheet("Export");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.createRow(0).createCell(0).setCellValue("Exported from Jira on 3 November 2026");
            String[] header = {"Summary", "Issue key", "Issue Type", "Status", "Due date", "Labels", "Labels"};
            Row head = sheet.createRow(2);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Row epic = sheet.createRow(3);
            epic.createCell(0).setCellValue("Checkout");
            epic.createCell(1).setCellValue("PAY-1");
            epic.createCell(2).setCellValue("Epic");
            epic.createCell(3).setCellValue("Frozen");
            epic.createCell(4).setCellValue(LocalDateTime.of(2026, 9, 30, 0, 0));
            epic.getCell(4).setCellStyle(date);
            epic.createCell(5).setCellValue("web");
            epic.createCell(6).setCellValue("q3");
            book.write(out);
        }
        ReadResult result = PortfolioReader.read(data);
        assertThat(result.problems()).filteredOn(Problem::isError).singleElement()
                .satisfies(p -> assertThat(p.place()).isEqualTo(Place.cell("Book1.xlsx", "Export", "D4")));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("read as a Jira export"));
    }

    @Test
    void aWorkbookExportWithGoodCellsGivesItsItems() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(data.resolve("Book2.xlsx"))) {
            Sheet sheet = book.createSheet("Sheet1");
            String[] header = {"ID", "Work Item Type", "Title", "State", "Target Date"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Row epic = sheet.createRow(1);
            epic.createCell(0).setCellValue(100);
            epic.createCell(1).setCellValue("Epic");
            epic.createCell(2).setCellValue("Portal");
            epic.createCell(3).setCellValue("Active");
            epic.createCell(4).setCellValue("12/18/2026 12:00:00 AM");
            book.write(out);
        }
        ReadResult result = PortfolioReader.read(data);
        assertThat(result.problems()).noneMatch(Problem::isError);
        assertThat(result.portfolio().initiatives()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("100");
            assertThat(i.end()).isEqualTo(LocalDate.of(2026, 12, 18));
            assertThat(i.status()).isEqualTo(InitiativeStatus.IN_PROGRESS);
            assertThat(i.origin().at("end")).isEqualTo(Place.cell("Book2.xlsx", "Sheet1", "E2"));
        });
    }
}
