package io.roadcase.model;

/** How an objective stands (docs/figures.md, Objectives): given in its status cell, else computed. */
public enum ObjectiveStatus implements Word {
    ON_TRACK, AT_RISK, OFF_TRACK
}
