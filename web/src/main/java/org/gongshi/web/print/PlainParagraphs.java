package org.gongshi.web.print;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown notice body as plain paragraphs for paper: headings, list items (with their bullet or
 * number), quotes and code become paragraphs of text; links print their text, images their alt
 * text, raw HTML prints as the characters typed. Nothing in the body can become markup or a link.
 */
final class PlainParagraphs {

    /** One paragraph; {@code heading} ones print a little larger. Line breaks inside are {@code \n}. */
    record Block(String text, boolean heading) {
    }

    private static final Parser PARSER = Parser.builder().build();

    private PlainParagraphs() {
    }

    static List<Block> of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return List.of();
        }
        Collector collector = new Collector();
        PARSER.parse(markdown).accept(collector);
        return collector.blocks;
    }

    private static final class Collector extends AbstractVisitor {
        final List<Block> blocks = new ArrayList<>();
        private String prefix = "";

        @Override
        public void visit(Paragraph paragraph) {
            add(inline(paragraph), false);
        }

        @Override
        public void visit(Heading heading) {
            add(inline(heading), true);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            add(stripTrailingNewline(code.getLiteral()), false);
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            add(stripTrailingNewline(code.getLiteral()), false);
        }

        @Override
        public void visit(HtmlBlock html) {
            add(stripTrailingNewline(html.getLiteral()), false);
        }

        @Override
        public void visit(BlockQuote quote) {
            String saved = prefix;
            prefix = prefix + "│ ";
            visitChildren(quote);
            prefix = saved;
        }

        @Override
        public void visit(BulletList list) {
            visitItems(list, false, 1);
        }

        @Override
        public void visit(OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            visitItems(list, true, start == null ? 1 : start);
        }

        private void visitItems(Node list, boolean ordered, int start) {
            int number = start;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    String saved = prefix;
                    prefix = saved + (ordered ? number++ + ". " : "● ");
                    visitChildren(item);
                    prefix = saved;
                }
            }
        }

        private void add(String text, boolean heading) {
            if (text.isBlank()) {
                return;
            }
            // The list marker or quote mark goes on the item's first paragraph only.
            blocks.add(new Block(prefix + text, heading));
            prefix = prefix.replace("● ", "   ").replaceAll("\\d+\\. ", "   ");
        }

        private static String stripTrailingNewline(String s) {
            return s == null ? "" : s.replaceAll("\\n+$", "");
        }

        private static String inline(Node block) {
            StringBuilder text = new StringBuilder();
            block.accept(new AbstractVisitor() {
                @Override
                public void visit(Text t) {
                    text.append(t.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    text.append(code.getLiteral());
                }

                @Override
                public void visit(HtmlInline html) {
                    text.append(html.getLiteral());
                }

                @Override
                public void visit(SoftLineBreak br) {
                    text.append('\n');
                }

                @Override
                public void visit(HardLineBreak br) {
                    text.append('\n');
                }
            });
            return text.toString();
        }
    }
}
