package org.gongshi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document to be written to Word and PDF: a title, an optional number line (e.g. the receipt
 * number or 文号), the addressee, blocks of body text and tables, and the signature lines at the end
 * (issuing body, date), right-aligned. Plain text only: nothing in it is markup, so applicant- or
 * staff-typed text cannot change the document's structure.
 */
public record OfficialDocument(String title, String number, String addressee, List<Block> body,
                               List<String> signature, String footnote) {

    public OfficialDocument {
        Objects.requireNonNull(title, "Title is required.");
        body = List.copyOf(body);
        signature = List.copyOf(signature);
    }

    /** A part of the body. */
    public sealed interface Block permits Paragraph, Heading, Table {
    }

    /** Body text; {@code indent} starts it with the customary two-character indent. Line breaks are {@code \n}. */
    public record Paragraph(String text, boolean indent) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "Text is required.");
        }
    }

    /** A heading inside the body (一、总体情况), set in bold. */
    public record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "Text is required.");
        }
    }

    /**
     * A table: relative column widths, rows of cells. A cell spanning columns or rows stands once, at
     * its top-left position; the positions it covers are left out of the following cells of its rows.
     * The first {@code headerRows} rows are the header (bold, repeated on a new page).
     */
    public record Table(List<Float> columnWidths, List<List<Cell>> rows, int headerRows) implements Block {
        public Table {
            columnWidths = List.copyOf(columnWidths);
            rows = rows.stream().map(List::copyOf).toList();
            if (columnWidths.isEmpty()) {
                throw new IllegalArgumentException("A table needs columns.");
            }
        }
    }

    /** One table cell; numbers are right-aligned when {@code numeric}. */
    public record Cell(String text, int colSpan, int rowSpan, boolean numeric) {
        public Cell {
            Objects.requireNonNull(text, "Text is required.");
            if (colSpan < 1 || rowSpan < 1) {
                throw new IllegalArgumentException("Spans start at 1.");
            }
        }

        public static Cell text(String text) {
            return new Cell(text, 1, 1, false);
        }

        public static Cell number(long value) {
            return new Cell(Long.toString(value), 1, 1, true);
        }

        public Cell span(int columns, int rows) {
            return new Cell(text, columns, rows, numeric);
        }
    }

    /** Builds a document block by block. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    public static final class Builder {
        private final String title;
        private String number;
        private String addressee;
        private final List<Block> body = new ArrayList<>();
        private final List<String> signature = new ArrayList<>();
        private String footnote;

        private Builder(String title) {
            this.title = title;
        }

        public Builder number(String value) {
            this.number = value;
            return this;
        }

        public Builder addressee(String value) {
            this.addressee = value;
            return this;
        }

        public Builder paragraph(String text) {
            body.add(new Paragraph(text, true));
            return this;
        }

        public Builder plain(String text) {
            body.add(new Paragraph(text, false));
            return this;
        }

        public Builder heading(String text) {
            body.add(new Heading(text));
            return this;
        }

        public Builder table(Table table) {
            body.add(table);
            return this;
        }

        public Builder signature(String... lines) {
            signature.addAll(List.of(lines));
            return this;
        }

        public Builder footnote(String text) {
            this.footnote = text;
            return this;
        }

        public OfficialDocument build() {
            return new OfficialDocument(title, number, addressee, body, signature, footnote);
        }
    }
}
