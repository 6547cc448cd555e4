package io.roadcase.read;

/** The cell types of INPUT.md, as a column declares them; {@link #word} is how the docs name it. */
public enum ColumnType {
    TEXT("text"),
    ID("id"),
    IDS("list of ids"),
    IDS_OR_ALL("list of ids, or *"),
    ID_OR_ALL("id, or *"),
    NUMBER("number"),
    PERCENT("percent"),
    WHOLE_NUMBER("whole number"),
    START_DATE("date (a period means its first day)"),
    END_DATE("date (a period means its last day)"),
    ENUM("enum"),
    PERCENT_OR_ENUM("percent or enum"),
    NUMBER_OR_ENUM("number or enum"),
    SCALE("1–5 or enum"),
    PERIOD("whole number ≥ 0, or date"),
    TIME_SPAN("quarter, half or year"),
    BOOLEAN("boolean"),
    URL("url"),
    EMAIL("email address"),
    MARKDOWN("markdown");

    private final String word;

    ColumnType(String word) {
        this.word = word;
    }

    /** The type in users' words. */
    public String word() {
        return word;
    }
}
