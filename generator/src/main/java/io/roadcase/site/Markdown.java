package io.roadcase.site;

import io.roadcase.model.ShownText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Renders the users' Markdown narratives to HTML that is safe to put in a page as it is: raw HTML is
 * shown as text, only http, https and mailto links survive (any other link becomes its text), images
 * become their alt text (a page loads nothing from another host), and headings are shifted to fit
 * under the page's own section headings.
 */
public final class Markdown {

    /** The only link targets a narrative may have. */
    private static final Pattern ALLOWED_URL = Pattern.compile("^(https?|mailto):.*", Pattern.CASE_INSENSITIVE);

    /** Level of the highest heading inside a text when the page shows it under an h2. */
    private static final int TOP_HEADING = 3;

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new AllowedLinks())
            .build();

    /** The HTML of a Markdown text shown under an h2; empty for null or blank text. */
    public String toHtml(String markdown) {
        return toHtml(markdown, TOP_HEADING);
    }

    /**
     * The HTML of a Markdown text whose highest heading becomes {@code topHeading} (h3 under an h2
     * section, h4 under an h3), keeping the page's headings in order.
     */
    public String toHtml(String markdown, int topHeading) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // Controls and bidi overrides never reach the page (see ShownText); the text is shown once, so not cut.
        Node document = parser.parse(ShownText.clean(markdown));
        Cleanup cleanup = new Cleanup(topHeading);
        document.accept(cleanup);
        cleanup.apply();
        return renderer.render(document);
    }

    static boolean allowed(String url) {
        return url != null && ALLOWED_URL.matcher(url.strip()).matches() && url.equals(url.strip());
    }

    /** Collects what to change first, then changes it: unlinking while visiting would skip siblings. */
    private static final class Cleanup extends AbstractVisitor {

        private final List<Node> unwrap = new ArrayList<>();
        private final List<Heading> headings = new ArrayList<>();
        private final int topHeading;

        Cleanup(int topHeading) {
            this.topHeading = topHeading;
        }

        @Override
        public void visit(Link link) {
            if (!allowed(link.getDestination())) {
                unwrap.add(link);
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            unwrap.add(image);
            visitChildren(image);
        }

        @Override
        public void visit(Heading heading) {
            headings.add(heading);
            visitChildren(heading);
        }

        void apply() {
            for (Node node : unwrap) {
                Node child = node.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    node.insertBefore(child);
                    child = next;
                }
                node.unlink();
            }
            int top = headings.stream().mapToInt(Heading::getLevel).min().orElse(topHeading);
            for (Heading h : headings) {
                h.setLevel(Math.min(6, h.getLevel() - top + topHeading));
            }
        }
    }

    /** Second line of defence behind {@link Cleanup}: a link that is not allowed gets an empty target. */
    private static final class AllowedLinks implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            return allowed(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return "";
        }
    }
}
