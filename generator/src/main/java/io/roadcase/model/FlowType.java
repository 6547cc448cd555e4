package io.roadcase.model;

/** Whether a cash-flow line costs or brings money. */
public enum FlowType implements Word {
    COST, BENEFIT
}
