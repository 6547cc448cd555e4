package io.roadcase.model;

/** The chart types of the {@code charts} table: XChart's, in the users' words. */
public enum UserChartType {
    LINE("line"),
    AREA("area"),
    BAR("bar"),
    STACKED_BAR("stacked bar"),
    PIE("pie"),
    DONUT("donut"),
    SCATTER("scatter"),
    BUBBLE("bubble"),
    RADAR("radar"),
    BOX("box"),
    HEAT_MAP("heat map");

    private final String word;

    UserChartType(String word) {
        this.word = word;
    }

    /** The type as the charts table spells it. */
    public String word() {
        return word;
    }
}
