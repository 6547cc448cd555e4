package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {

    @TempDir
    Path folder;

    @Test
    void listsDataFilesSortedByNameIgnoringLocksHiddenFilesAndSubFolders() throws Exception {
        for (String name : new String[] {"roadmap.xlsx", "KPIs.CSV", "b.xls", "a.xlsm", "~$roadmap.xlsx",
                ".~lock.roadmap.xlsx#", ".hidden.csv", "notes.txt", "book.xlsb"}) {
            Files.writeString(folder.resolve(name), "x");
        }
        Files.createDirectories(folder.resolve("old.xlsx"));
        Files.createDirectories(folder.resolve("archive"));
        Files.writeString(folder.resolve("archive").resolve("old.csv"), "x");

        assertThat(DataFiles.list(folder)).extracting(path -> path.getFileName().toString())
                .containsExactly("KPIs.CSV", "a.xlsm", "b.xls", "roadmap.xlsx");
    }

    @Test
    void namesTheSpreadsheetsOfFormatsNotReadWithWhatToDo() throws Exception {
        for (String name : new String[] {"roadmap.xlsx", "Budget.ODS", "old.xlsb", "plan.numbers", "team.gsheet",
                "template.xltx", "~$Budget.ODS", ".hidden.ods", "notes.txt", "flat.fods"}) {
            Files.writeString(folder.resolve(name), "x");
        }
        Files.createDirectories(folder.resolve("folder.ods"));

        assertThat(DataFiles.notRead(folder)).extracting(n -> n.file().getFileName().toString())
                .containsExactly("Budget.ODS", "flat.fods", "old.xlsb", "plan.numbers", "team.gsheet", "template.xltx");
        assertThat(DataFiles.notRead(folder)).allSatisfy(n -> assertThat(n.advice()).contains(".xlsx"));
        assertThat(DataFiles.notRead(folder.resolve("missing"))).isEmpty();
    }

    @Test
    void rejectsAMissingFolder() {
        assertThatThrownBy(() -> DataFiles.list(folder.resolve("missing")))
                .isInstanceOf(SourceException.class).hasMessageContaining("does not exist");
    }

    @Test
    void rejectsAFileInsteadOfAFolder() throws Exception {
        Path file = Files.writeString(folder.resolve("data.csv"), "x");

        assertThatThrownBy(() -> DataFiles.list(file))
                .isInstanceOf(SourceException.class).hasMessageContaining("not a folder");
    }
}
