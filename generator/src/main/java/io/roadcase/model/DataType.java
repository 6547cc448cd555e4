package io.roadcase.model;

/** What a column of a data sheet holds, decided by its cells. */
public enum DataType {
    DATE("date"),
    NUMBER("number"),
    PERCENT("percent"),
    TEXT("text");

    private final String word;

    DataType(String word) {
        this.word = word;
    }

    /** The type in users' words. */
    public String word() {
        return word;
    }
}
