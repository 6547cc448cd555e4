package io.roadcase.model;

/** Decision status of a funding case. */
public enum CaseStatus implements Word {
    DRAFT, PROPOSED, APPROVED, REJECTED, FUNDED
}
