package io.roadcase.model;

/** How a KPI stands against its target (METRICS.md). */
public enum KpiStatus implements Word {
    GREEN, AMBER, RED, NO_TARGET, NO_DATA
}
