package io.roadcase.model;

/** Rating of a risk score (METRICS.md). */
public enum RiskRating implements Word {
    LOW, MEDIUM, HIGH, CRITICAL
}
