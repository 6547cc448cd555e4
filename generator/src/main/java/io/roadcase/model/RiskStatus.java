package io.roadcase.model;

/** Whether a risk is still open. */
public enum RiskStatus implements Word {
    OPEN, CLOSED
}
