package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrandTest {

    @Test
    void darkBrandColourGetsWhiteText() {
        assertThat(Brand.of("#1F5FAD")).isEqualTo(new Brand("#1f5fad", "#ffffff"));
    }

    @Test
    void lightBrandColourGetsDarkText() {
        assertThat(Brand.of("#ffd700").text()).isEqualTo("#111827");
    }

    @Test
    void anythingButAHexColourFallsBackToTheDefault() {
        assertThat(Brand.of("red; } body { display: none").color()).isEqualTo(Brand.DEFAULT_COLOR);
        assertThat(Brand.of(null).color()).isEqualTo(Brand.DEFAULT_COLOR);
    }
}
