package io.roadcase.model;

/** Which way a KPI should move. */
public enum Direction implements Word {
    HIGHER, LOWER
}
