package org.gongshi.search;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.gongshi.notice.CatalogFilter;
import org.gongshi.tenancy.DivisionCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A resident's words as a Lucene query. The text is cut at spaces into words and each word into
 * runs of Chinese characters and runs of anything else; every run must occur (AND). A run of two or
 * more Chinese characters is the exact phrase of its bigrams, so it finds exactly the documents that
 * contain it as a substring; a single character is a term of the unigram fields; latin words and
 * numbers are terms. Each run is looked for in the title (weighted most), the body, the attachments
 * and the document number / agency.
 */
final class QueryText {

    private static final QueryBuilder BIGRAMS = new QueryBuilder(ChineseAnalysis.BIGRAM);
    private static final QueryBuilder UNIGRAMS = new QueryBuilder(ChineseAnalysis.UNIGRAM);

    /** The runs, folded (full-width to ASCII, lower case): also what snippets mark. */
    final List<String> runs;

    private QueryText(List<String> runs) {
        this.runs = List.copyOf(runs);
    }

    static QueryText parse(String text) {
        List<String> runs = new ArrayList<>();
        for (String word : ChineseAnalysis.fold(text).split("[\\s\\p{Z}]+")) {
            StringBuilder run = new StringBuilder();
            Boolean han = null;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                boolean isHan = ChineseAnalysis.isHan(cp);
                if (han != null && isHan != han) {
                    runs.add(run.toString());
                    run.setLength(0);
                }
                han = isHan;
                run.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (!run.isEmpty()) {
                runs.add(run.toString());
            }
        }
        // Keep only runs that make terms (not bare punctuation), once each.
        List<String> useful = runs.stream().filter(r -> runQuery(r, NoticeDocuments.TITLE) != null).distinct().toList();
        return new QueryText(useful);
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    /** All runs required, each in any of the searched fields. */
    Query toQuery() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String run : runs) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (int i = 0; i < NoticeDocuments.SEARCHED.length; i++) {
                Query q = runQuery(run, NoticeDocuments.SEARCHED[i]);
                anyField.add(new BoostQuery(q, NoticeDocuments.BOOSTS[i]), Occur.SHOULD);
            }
            all.add(anyField.build(), Occur.MUST);
        }
        return all.build();
    }

    private static Query runQuery(String run, String field) {
        boolean oneHanChar = run.codePointCount(0, run.length()) == 1 && ChineseAnalysis.isHan(run.codePointAt(0));
        if (oneHanChar) {
            return UNIGRAMS.createBooleanQuery(field + ChineseAnalysis.UNIGRAMS, run);
        }
        return BIGRAMS.createPhraseQuery(field + ChineseAnalysis.BIGRAMS, run);
    }

    /**
     * What may be found at all: the board asked for (the division alone, or it and every division
     * under it), notices whose period has not ended by {@code today}, and the catalog filters.
     */
    static Query filter(DivisionCode division, boolean subtree, LocalDate today, CatalogFilter catalog) {
        BooleanQuery.Builder f = new BooleanQuery.Builder();
        f.add(new TermQuery(new Term(subtree ? NoticeDocuments.UNDER : NoticeDocuments.DIVISION, division.value())), Occur.FILTER);
        f.add(LongPoint.newRangeQuery(NoticeDocuments.ENDS, today.toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        term(f, NoticeDocuments.SECTION, catalog.section());
        term(f, NoticeDocuments.TOPIC, catalog.topic());
        term(f, NoticeDocuments.GENRE, catalog.genre() == null ? null : catalog.genre().name());
        term(f, NoticeDocuments.AGENCY, catalog.agency());
        term(f, NoticeDocuments.AUDIENCE, catalog.audience());
        if (catalog.year() != null) {
            f.add(IntPoint.newExactQuery(NoticeDocuments.YEAR, catalog.year()), Occur.FILTER);
        }
        return f.build();
    }

    private static void term(BooleanQuery.Builder f, String field, String value) {
        if (value != null) {
            f.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
