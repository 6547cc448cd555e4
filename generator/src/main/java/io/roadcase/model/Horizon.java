package io.roadcase.model;

/** Now / Next / Later bucket of the roadmap board. */
public enum Horizon implements Word {
    NOW, NEXT, LATER
}
