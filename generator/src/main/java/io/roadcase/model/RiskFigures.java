package io.roadcase.model;

/** A risk with its score (likelihood × impact) and rating. */
public record RiskFigures(Risk risk, int score, RiskRating rating) {
}
