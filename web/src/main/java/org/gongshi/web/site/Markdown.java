package org.gongshi.web.site;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Notice bodies are written in Markdown (a clerk types paragraphs, lists, bold text and links) and
 * rendered safely: raw HTML in the text is shown as text, link URLs other than http(s) and mailto
 * are dropped, images become their alt text (the board loads nothing from elsewhere), and headings
 * start below the page's own title.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>\n")
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    private Markdown() {
    }

    private static final org.commonmark.renderer.text.TextContentRenderer TEXT =
            org.commonmark.renderer.text.TextContentRenderer.builder().build();

    /** The words of a Markdown body without any markup, on one line (for feed summaries). */
    static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return TEXT.render(PARSER.parse(markdown)).replaceAll("\\s+", " ").strip();
    }

    static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        document.accept(new Tame());
        return RENDERER.render(document);
    }

    /** Rewrites what the board must not show as markup. */
    private static final class Tame extends AbstractVisitor {
        @Override
        public void visit(Heading heading) {
            // The page has its h1 (the title) and h2; the body's headings come after them.
            heading.setLevel(Math.min(6, Math.max(3, heading.getLevel() + 2)));
            visitChildren(heading);
        }

        @Override
        public void visit(Image image) {
            StringBuilder alt = new StringBuilder();
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text t) {
                    alt.append(t.getLiteral());
                }
            }
            image.insertBefore(new Text(alt.toString()));
            image.unlink();
        }

        @Override
        public void visit(Link link) {
            String url = link.getDestination() == null ? "" : link.getDestination().strip().toLowerCase();
            visitChildren(link);
            if (!(url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:"))) {
                // Any other scheme (javascript:, data:, vbscript:, relative tricks) leaves just the link text.
                Node child = link.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    link.insertBefore(child);
                    child = next;
                }
                link.unlink();
            }
        }

        @Override
        public void visit(HtmlBlock block) {
            // Escaped by the renderer; nothing to change.
        }

        @Override
        public void visit(HtmlInline inline) {
            // Escaped by the renderer; nothing to change.
        }
    }
}
