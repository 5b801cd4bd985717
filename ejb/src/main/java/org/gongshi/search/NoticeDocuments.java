package org.gongshi.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.gongshi.notice.Notice;

import java.time.ZoneOffset;
import java.util.regex.Pattern;

/** The Lucene document of a notice, and the names of its fields. */
final class NoticeDocuments {

    static final String ID = "id";
    static final String DIVISION = "division";
    /** The division and every division above it: a subtree search is one term on this field. */
    static final String UNDER = "under";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String ATTACHMENTS = "attachments";
    /** Document number and issuing agency: searchable, not shown in snippets. */
    static final String META = "meta";
    static final String SECTION = "section";
    static final String TOPIC = "topic";
    static final String GENRE = "genre";
    static final String AGENCY = "agency";
    static final String AUDIENCE = "audience";
    static final String YEAR = "year";
    /** Last day on the board (epoch day), {@link Long#MAX_VALUE} when the notice has no end. */
    static final String ENDS = "ends";
    /** Publication time in epoch microseconds: stored, and the tie-break of equal scores. */
    static final String PUBLISHED = "published";

    /** Text searched, with how much a match in it weighs. */
    static final String[] SEARCHED = {TITLE, BODY, ATTACHMENTS, META};
    static final float[] BOOSTS = {4f, 1f, 0.7f, 1.5f};

    /** Extracted attachment text kept per notice (characters). */
    static final int MAX_ATTACHMENT_CHARS = 200_000;

    /** Unigrams need no positions (one-term queries only): frequencies are enough for BM25. */
    private static final FieldType UNIGRAM_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        UNIGRAM_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        UNIGRAM_TYPE.freeze();
    }

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("(?m)^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+\\.\\s+)|[*`~]|<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private NoticeDocuments() {
    }

    static Document of(IndexedNotice n) {
        Document doc = new Document();
        doc.add(new StringField(ID, n.id(), Field.Store.YES));
        doc.add(new StringField(DIVISION, n.divisionCode(), Field.Store.YES));
        for (int length : new int[]{2, 4, 6, 9, 12}) {
            if (n.divisionCode().length() >= length) {
                doc.add(new StringField(UNDER, n.divisionCode().substring(0, length), Field.Store.NO));
            }
        }
        text(doc, TITLE, n.title(), true);
        text(doc, BODY, plainText(n.body()), true);
        String attachments = n.attachmentText().length() > MAX_ATTACHMENT_CHARS
                ? n.attachmentText().substring(0, MAX_ATTACHMENT_CHARS) : n.attachmentText();
        text(doc, ATTACHMENTS, attachments, true);
        text(doc, META, String.join(" ", nonNull(n.documentNumber()), nonNull(n.agency())), false);
        if (n.section() != null) {
            doc.add(new StringField(SECTION, n.section(), Field.Store.YES));
        }
        n.topics().forEach(t -> keyword(doc, TOPIC, t));
        keyword(doc, GENRE, n.genre() == null ? null : n.genre().name());
        keyword(doc, AGENCY, n.agency());
        n.audiences().forEach(a -> keyword(doc, AUDIENCE, a));
        int year = n.publishedAt().atZone(Notice.ZONE).getYear();
        doc.add(new IntPoint(YEAR, year));
        doc.add(new StoredField(YEAR, year));
        doc.add(new LongPoint(ENDS, n.noticeEndsOn() == null ? Long.MAX_VALUE : n.noticeEndsOn().toEpochDay()));
        long micros = n.publishedAt().getEpochSecond() * 1_000_000L + n.publishedAt().getNano() / 1_000;
        doc.add(new StoredField(PUBLISHED, micros));
        doc.add(new NumericDocValuesField(PUBLISHED, micros));
        return doc;
    }

    /** The body as a reader sees it: Markdown marks, links and tags reduced to their text, on one line. */
    static String plainText(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = MARKUP.matcher(text).replaceAll("");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    static java.time.Instant publishedAt(Document doc) {
        long micros = doc.getField(PUBLISHED).numericValue().longValue();
        return java.time.Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L)
                .atOffset(ZoneOffset.UTC).toInstant();
    }

    private static void text(Document doc, String field, String value, boolean stored) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (stored) {
            doc.add(new StoredField(field, value));
        }
        doc.add(new Field(field + ChineseAnalysis.BIGRAMS, value, TextField.TYPE_NOT_STORED));
        doc.add(new Field(field + ChineseAnalysis.UNIGRAMS, value, UNIGRAM_TYPE));
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value.strip(), Field.Store.YES));
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
