package io.roadcase.model;

/** Direction of a KPI over its last observations. */
public enum Trend implements Word {
    IMPROVING, WORSENING, FLAT
}
