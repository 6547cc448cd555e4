package io.roadcase.starter;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.Config;
import io.roadcase.Generator;
import io.roadcase.Result;
import io.roadcase.cli.Main;
import io.roadcase.model.Problem;
import io.roadcase.read.Column;
import io.roadcase.read.ColumnType;
import io.roadcase.read.Table;
import io.roadcase.read.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roadcase init}: the starter workbook validates, generates a full site, and has its aids. */
class StarterWorkbookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path starter() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.write(data.resolve(StarterWorkbook.FILE_NAME), StarterWorkbook.bytes(TODAY));
        return data;
    }

    @Test
    void validatesWithoutWarningsAndGeneratesAFullSite() throws IOException {
        Path data = starter();
        Result validated = new Generator(Config.of(data, null).withReportDate(TODAY)).validate();
        assertThat(validated.problems()).noneMatch(p -> p.level() != Problem.Level.INFO);
        assertThat(validated.failed()).isFalse();

        Path site = tmp.resolve("site");
        Result generated = new Generator(Config.of(data, site).withReportDate(TODAY)).generate();
        assertThat(generated.failed()).isFalse();
        for (String file : List.of("index.html", "roadmap.html", "kpis.html", "funding.html", "data.json",
                "pdf/portfolio.pdf", "pdf/onboarding.pdf", "initiatives/INIT-1.html", "kpis/nps.html",
                "funding/onboarding.html")) {
            assertThat(site.resolve(file)).as(file).isRegularFile();
        }
        try (Stream<Path> charts = Files.list(site.resolve("charts"))) {
            assertThat(charts.count()).isGreaterThan(3);
        }
        assertThat(Files.readString(site.resolve("data.json"))).contains("INIT-1", "Self-service onboarding",
                "onboarding", "nps");
    }

    @Test
    void hasASheetPerTableWithHelpDropDownsFormatsAndAFrozenHeader() throws IOException {
        try (InputStream in = Files.newInputStream(starter().resolve(StarterWorkbook.FILE_NAME));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(0)).isEqualTo("Read me");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("starter");
            DataFormatter shown = new DataFormatter();
            for (Table<?> table : Tables.ALL) {
                XSSFSheet sheet = book.getSheet(StarterWorkbook.sheetName(table));
                assertThat(sheet).as(table.name()).isNotNull();
                assertThat(Tables.find(sheet.getSheetName())).isSameAs(table);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                List<XSSFDataValidation> validations = sheet.getDataValidations();
                for (int c = 0; c < table.columns().size(); c++) {
                    Column column = table.columns().get(c);
                    XSSFCell head = sheet.getRow(0).getCell(c);
                    assertThat(head.getStringCellValue()).isEqualTo(column.name());
                    assertThat(head.getCellComment().getString().getString()).startsWith(column.name() + ": ")
                            .contains(column.type().word());
                    List<String> words = StarterWorkbook.words(table, column);
                    int col = c;
                    List<XSSFDataValidation> here = validations.stream()
                            .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == col).toList();
                    if (column.words() != null || column.type() == ColumnType.BOOLEAN) {
                        assertThat(here).as(table.name() + "." + column.name()).singleElement().satisfies(v -> {
                            assertThat(v.getValidationConstraint().getExplicitListValues())
                                    .containsExactlyElementsOf(words);
                            assertThat(v.getShowPromptBox()).isTrue();
                            assertThat(v.getErrorStyle()).isEqualTo(column.type() == ColumnType.ENUM
                                    ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
                        });
                    }
                    XSSFCell example = sheet.getRow(1).getCell(c);
                    if (column.required()) {
                        assertThat(example).as("example of required " + table.name() + "." + column.name())
                                .isNotNull();
                    }
                    if (example != null && column.type() == ColumnType.START_DATE) {
                        assertThat(shown.formatCellValue(example)).matches("\\d{4}-\\d{2}-\\d{2}");
                    }
                    if (example != null && column.type() == ColumnType.PERCENT) {
                        assertThat(shown.formatCellValue(example)).endsWith("%");
                    }
                }
            }
            assertThat(shown.formatCellValue(book.getSheet("Roadmap").getRow(1).getCell(10))).isEqualTo("40%");
        }
    }

    @Test
    void theSameYearGivesTheSameBytes() throws IOException {
        assertThat(StarterWorkbook.bytes(TODAY)).isEqualTo(StarterWorkbook.bytes(LocalDate.of(2026, 2, 3)));
    }

    @Test
    void initWritesTheWorkbookAndRefusesToOverwriteIt() throws IOException {
        Path folder = tmp.resolve("new/data");
        assertThat(run("init", folder.toString())).isZero();
        assertThat(folder.resolve("roadcase.xlsx")).isRegularFile();
        assertThat(out.toString()).contains("roadcase validate --data " + folder);

        Files.write(folder.resolve("roadcase.xlsx"), new byte[] {1, 2, 3});
        assertThat(run("init", folder.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("already exists", "--force");
        assertThat(Files.size(folder.resolve("roadcase.xlsx"))).isEqualTo(3);

        assertThat(run("init", "--force", folder.toString())).isZero();
        assertThat(Files.size(folder.resolve("roadcase.xlsx"))).isGreaterThan(3);
        assertThat(run("validate", "--data", folder.toString())).isZero();
    }
}
