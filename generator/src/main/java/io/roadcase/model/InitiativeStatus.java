package io.roadcase.model;

/** Status of a roadmap initiative. */
public enum InitiativeStatus implements Word {
    PLANNED, IN_PROGRESS, DONE, AT_RISK, BLOCKED, CANCELLED
}
