package io.roadcase.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersEmphasisListsAndWebLinks() {
        assertThat(markdown.toHtml("Lift by **1.8 points**.\n\n- slow\n\nSee [the RFC](https://example.com/rfc)."))
                .contains("<strong>1.8 points</strong>", "<li>slow</li>",
                        "<a rel=\"nofollow\" href=\"https://example.com/rfc\">the RFC</a>");
    }

    @Test
    void showsRawHtmlAsText() {
        String html = markdown.toHtml("<script>alert(1)</script> <img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;");
    }

    @Test
    void turnsLinksThatAreNotWebOrMailIntoText() {
        String html = markdown.toHtml("[click](javascript:alert(1)) [rel](other.html) [mail](mailto:a@example.com) "
                + "[enc](java&#115;cript:alert(1))");
        assertThat(html).doesNotContain("javascript", "other.html").contains("click", "rel", "enc",
                "<a rel=\"nofollow\" href=\"mailto:a@example.com\">mail</a>");
    }

    @Test
    void turnsImagesIntoTheirDescription() {
        assertThat(markdown.toHtml("![a chart](https://tracker.example.com/x.png)"))
                .doesNotContain("<img").contains("a chart");
    }

    @Test
    void shiftsHeadingsUnderThePageSections() {
        assertThat(markdown.toHtml("# Top\n## Below")).contains("<h3>Top</h3>", "<h4>Below</h4>");
        assertThat(markdown.toHtml("## Do nothing", 4)).contains("<h4>Do nothing</h4>");
    }

    @Test
    void blankTextGivesNothing() {
        assertThat(markdown.toHtml(null)).isEmpty();
        assertThat(markdown.toHtml("  ")).isEmpty();
    }
}
