package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {

    @TempDir
    Path folder;

    @Test
    void readsTextCellsWithTheLineEachRecordStartsOn() throws Exception {
        Path file = csv("kpis.csv", "kpi,note,value\r\nNPS,\"two\r\nlines\",3\r\n\r\nchurn,\"a \"\"quoted\"\" word\",4\r\n");

        RecordingVisitor visitor = RecordingVisitor.readAll(file);
        List<RecordingVisitor.Row> rows = visitor.rows("");

        assertThat(visitor.offered).containsExactly("");
        assertThat(rows).extracting(RecordingVisitor.Row::number).containsExactly(1, 2, 5);
        assertThat(rows.get(1).cells()).containsExactly(Cell.text("NPS"), Cell.text("two\r\nlines"), Cell.text("3"));
        assertThat(rows.get(2).text(1)).isEqualTo("a \"quoted\" word");
        assertThat(rows.get(2).cell(2).kind()).isEqualTo(Cell.Kind.TEXT);
    }

    @Test
    void dropsAByteOrderMark() throws Exception {
        Path file = folder.resolve("bom.csv");
        Files.write(file, ("\uFEFFkpi,value\nNPS,3\n").getBytes(StandardCharsets.UTF_8));

        assertThat(RecordingVisitor.readAll(file).rows("").get(0).text(0)).isEqualTo("kpi");
    }

    @Test
    void acceptsSemicolonsWhenTheFirstLineHasNoComma() throws Exception {
        Path file = csv("eu.csv", "\n  \nkpi;value\nNPS;3,5\n");

        List<RecordingVisitor.Row> rows = RecordingVisitor.readAll(file).rows("");

        assertThat(rows).extracting(RecordingVisitor.Row::number).containsExactly(3, 4);
        assertThat(rows.get(1).cells()).containsExactly(Cell.text("NPS"), Cell.text("3,5"));
    }

    @Test
    void keepsCommasWhenTheFirstLineHasBoth() throws Exception {
        Path file = csv("mixed.csv", "kpi,note\nNPS,a;b\n");

        assertThat(RecordingVisitor.readAll(file).rows("").get(1).cells())
                .containsExactly(Cell.text("NPS"), Cell.text("a;b"));
    }

    @Test
    void skipsAFileTheVisitorDoesNotWant() throws Exception {
        Path file = csv("other.csv", "a,b\n");
        RecordingVisitor visitor = new RecordingVisitor(sheet -> false);

        Sources.read(file, "other.csv", visitor);

        assertThat(visitor.offered).containsExactly("");
        assertThat(visitor.sheets).isEmpty();
    }

    @Test
    void rejectsTextThatIsNotUtf8() throws Exception {
        Path file = folder.resolve("latin1.csv");
        Files.write(file, "kpi\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void rejectsAnUnclosedQuoteThatSwallowsTheFile() throws Exception {
        Path file = csv("open.csv", "kpi,note\nNPS,\"unclosed\n" + "x,y\n".repeat(400_000));

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class).hasMessageContaining("quote left unclosed");
    }

    @Test
    void rejectsAStrayQuoteWithAOneLineMessage() throws Exception {
        Path file = csv("stray.csv", "kpi,note\nNPS,\"quoted\"tail\n");

        assertThatThrownBy(() -> RecordingVisitor.readAll(file))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("the CSV file is malformed")
                .hasMessageNotContaining("\n");
    }

    private Path csv(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
