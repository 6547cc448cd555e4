package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/input.md must show the tables exactly as the column declarations say. Run with
 * {@code -Droadcase.updateDocs=true} to rewrite its generated part after changing a declaration.
 */
class InputDocsTest {

    private static final String BEGIN = "<!-- tables: generated from the column declarations by InputDocs -->\n";
    private static final String END = "<!-- end of tables -->";
    private static final Path DOCS = Path.of("..", "docs", "input.md");

    @Test
    void docsShowEveryDeclaredTableAndColumn() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        int begin = docs.indexOf(BEGIN);
        int end = docs.indexOf(END);
        assertThat(begin).as("docs/input.md has the generated-tables markers").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String generated = InputDocs.tables();
        if (Boolean.getBoolean("roadcase.updateDocs")) {
            docs = docs.substring(0, begin + BEGIN.length()) + generated + docs.substring(end);
            Files.writeString(DOCS, docs, StandardCharsets.UTF_8);
            end = docs.indexOf(END);
        }
        assertThat(docs.substring(begin + BEGIN.length(), end))
                .as("docs/input.md is out of date: run this test with -Droadcase.updateDocs=true")
                .isEqualTo(generated);
    }

    @Test
    void generatedTablesNameEveryColumnAndAlias() {
        String generated = InputDocs.tables();
        for (Table<?> table : Tables.ALL) {
            assertThat(generated).contains("### `" + table.name() + "`");
            for (Column column : table.columns()) {
                assertThat(generated).contains("| `" + column.name() + "` |");
                column.aliases().forEach(alias -> assertThat(generated).contains("`" + alias + "`"));
            }
        }
        SettingsTable.KEYS.forEach(key -> assertThat(generated).contains("| `" + key.name() + "` |"));
    }
}
