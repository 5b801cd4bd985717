package org.gongshi.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;

/**
 * How text becomes index terms. Chinese has no spaces between words and no dictionary segmenter
 * finds every substring (SmartChineseAnalyzer misses 救助 inside 救助金), so every two adjacent Han
 * characters are indexed as one term (a bigram) in the {@code *_bi} fields: a query of two or more
 * characters is the exact phrase of its bigrams and finds every document that contains it. The
 * {@code *_uni} fields hold each character alone, for one-character queries. Latin words and
 * numbers are ordinary terms in both; full-width forms (２０２６, ＡＢＣ) are folded to ASCII first.
 */
final class ChineseAnalysis {

    static final String BIGRAMS = "_bi";
    static final String UNIGRAMS = "_uni";

    private ChineseAnalysis() {
    }

    /** Bigrams of Han runs (a lone character stays a unigram), latin and digits as words. */
    static final Analyzer BIGRAM = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, false);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }
    };

    /** Every Han character on its own (the standard tokenizer already splits them), latin and digits as words. */
    static final Analyzer UNIGRAM = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }
    };

    /** The analyzer of the index: by the field's suffix; keyword fields are not analyzed. */
    static final Analyzer PER_FIELD = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            return field.endsWith(UNIGRAMS) ? UNIGRAM : BIGRAM;
        }
    };

    /** Whether {@code codePoint} is a Chinese character (汉字). */
    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * The same folding the analyzers apply, one char for one char, so positions in the folded text
     * are positions in the original: full-width ASCII to ASCII, the ideographic space to a space,
     * lower case.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
