package io.roadcase.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown narratives (problem, proposal, alternatives, summary) as PDF paragraphs and lists. Raw HTML
 * is shown as the literal text it is; links work only for http, https and mailto addresses.
 */
final class MarkdownBlocks {

    private static final Parser PARSER = Parser.builder().build();

    private final Typesetter type;
    private final java.awt.Color linkColor;

    MarkdownBlocks(Typesetter type, java.awt.Color linkColor) {
        this.type = type;
        this.linkColor = linkColor;
    }

    /** The blocks of a Markdown text, empty for a blank text. */
    List<Element> render(String markdown) {
        List<Element> out = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return out;
        }
        for (Node n = PARSER.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            block(n, out);
        }
        return out;
    }

    private void block(Node node, List<Element> out) {
        if (node instanceof Heading h) {
            float size = h.getLevel() <= 2 ? BriefTheme.BODY + 2 : BriefTheme.BODY + 0.5f;
            Paragraph p = paragraph(inline(h, Typesetter.BODY.withSize(size).asBold()));
            p.setSpacingBefore(6);
            out.add(p);
        } else if (node instanceof org.commonmark.node.Paragraph) {
            out.add(paragraph(inline(node, Typesetter.BODY)));
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            out.add(list(node));
        } else if (node instanceof BlockQuote) {
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                List<Element> inner = new ArrayList<>();
                block(c, inner);
                for (Element e : inner) {
                    if (e instanceof Paragraph p) {
                        p.setIndentationLeft(16);
                    }
                    out.add(e);
                }
            }
        } else if (node instanceof FencedCodeBlock code) {
            out.add(paragraph(type.phrase(code.getLiteral(), Typesetter.BODY.withSize(BriefTheme.SMALL))));
        } else if (node instanceof IndentedCodeBlock code) {
            out.add(paragraph(type.phrase(code.getLiteral(), Typesetter.BODY.withSize(BriefTheme.SMALL))));
        } else if (node instanceof HtmlBlock html) {
            out.add(paragraph(type.phrase(html.getLiteral(), Typesetter.BODY)));
        } else if (node instanceof ThematicBreak) {
            out.add(paragraph(type.phrase(" ", Typesetter.BODY)));
        } else {
            out.add(paragraph(inline(node, Typesetter.BODY)));
        }
    }

    private com.lowagie.text.List list(Node node) {
        boolean ordered = node instanceof OrderedList;
        com.lowagie.text.List list = new com.lowagie.text.List(ordered, 12);
        if (ordered) {
            Integer start = ((OrderedList) node).getMarkerStartNumber();
            list.setFirst(start == null ? 1 : start);
            list.setPreSymbol("");
            list.setPostSymbol(". ");
            // The number is drawn in the symbol's font: the bundled one, not the default Helvetica.
            list.setListSymbol(new Chunk("", type.font(Typesetter.BODY)));
        } else {
            list.setListSymbol(new Chunk("\u2022", type.font(Typesetter.BODY)));
        }
        list.setIndentationLeft(8);
        for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
            ListItem li = new ListItem(Typesetter.BODY.size() * 1.35f, "", type.font(Typesetter.BODY));
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof BulletList || c instanceof OrderedList) {
                    li.add(list(c));
                } else {
                    li.add(inline(c, Typesetter.BODY));
                }
            }
            list.add(li);
        }
        return list;
    }

    private Paragraph paragraph(Phrase phrase) {
        Paragraph p = new Paragraph(phrase);
        p.setSpacingAfter(6);
        return p;
    }

    /** The inline content of a block as one phrase. */
    private Phrase inline(Node parent, Typesetter.Style style) {
        Phrase phrase = type.empty(style);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inline(n, style, phrase);
        }
        return phrase;
    }

    private void inline(Node node, Typesetter.Style style, Phrase into) {
        if (node instanceof Text t) {
            into.add(type.phrase(t.getLiteral(), style));
        } else if (node instanceof Code c) {
            into.add(type.phrase(c.getLiteral(), style.withColor(BriefTheme.MUTED)));
        } else if (node instanceof HtmlInline h) {
            into.add(type.phrase(h.getLiteral(), style));
        } else if (node instanceof SoftLineBreak) {
            into.add(type.phrase(" ", style));
        } else if (node instanceof HardLineBreak) {
            into.add(type.phrase("\n", style));
        } else if (node instanceof Emphasis) {
            children(node, style.asItalic(), into);
        } else if (node instanceof StrongEmphasis) {
            children(node, style.asBold(), into);
        } else if (node instanceof Link link) {
            String target = link.getDestination();
            if (safe(target)) {
                Phrase text = type.empty(style);
                children(node, style.withColor(linkColor), text);
                for (Object o : text.getChunks()) {
                    Chunk chunk = (Chunk) o;
                    chunk.setAnchor(target);
                    chunk.setUnderline(0.4f, -1.5f);
                }
                into.add(text);
            } else {
                children(node, style, into);
            }
        } else {
            // Images and anything else: their text content (an image's alt text).
            children(node, style, into);
        }
    }

    private void children(Node node, Typesetter.Style style, Phrase into) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            inline(c, style, into);
        }
    }

    static boolean safe(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("mailto:");
    }
}
