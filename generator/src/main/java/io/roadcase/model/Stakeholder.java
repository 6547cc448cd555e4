package io.roadcase.model;

import java.util.List;

/** One row of {@code stakeholders}; {@code cases} is already expanded when the sheet said {@code *}. */
public record Stakeholder(String name, String email, String role, List<String> cases, boolean portfolio, Origin origin) {

    /** Without the address, which must never reach a page or a log by accident. */
    @Override
    public String toString() {
        return "Stakeholder[name=" + name + ", role=" + role + ", cases=" + cases + ", portfolio=" + portfolio + "]";
    }
}
