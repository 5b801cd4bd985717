package org.gongshi.search;

import org.gongshi.search.SearchHit.Fragment;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into plain {@link Fragment}s with the query's runs marked. The index finds exact
 * substrings (after folding full-width forms and case), so marking is a substring search in the
 * folded text — which keeps positions, so the fragments carry the original characters.
 */
final class Snippets {

    /** Characters of context before the first match. */
    static final int BEFORE = 30;
    /** Length of a snippet, in characters. */
    static final int LENGTH = 120;

    private Snippets() {
    }

    /** The whole text, matches marked (for titles). */
    static List<Fragment> marked(String text, List<String> runs) {
        return mark(text, 0, text.length(), runs);
    }

    /**
     * A passage of the first text that contains a match (the body, then the attachments), or the
     * beginning of the first non-empty text; "…" where it is cut.
     */
    static List<Fragment> passage(List<String> texts, List<String> runs) {
        String chosen = null;
        int at = -1;
        for (String text : texts) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            int first = firstMatch(ChineseAnalysis.fold(text), runs);
            if (first >= 0) {
                chosen = text;
                at = first;
                break;
            }
            if (chosen == null) {
                chosen = text;
            }
        }
        if (chosen == null) {
            return List.of();
        }
        int start = Math.max(0, at - BEFORE);
        int end = Math.min(chosen.length(), start + LENGTH);
        // Never split a surrogate pair.
        if (start > 0 && Character.isLowSurrogate(chosen.charAt(start))) {
            start--;
        }
        if (end < chosen.length() && Character.isLowSurrogate(chosen.charAt(end))) {
            end++;
        }
        List<Fragment> out = new ArrayList<>();
        if (start > 0) {
            out.add(new Fragment("…", false));
        }
        out.addAll(mark(chosen, start, end, runs));
        if (end < chosen.length()) {
            out.add(new Fragment("…", false));
        }
        return out;
    }

    private static int firstMatch(String folded, List<String> runs) {
        int first = -1;
        for (String run : runs) {
            int i = folded.indexOf(run);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }

    private static List<Fragment> mark(String text, int start, int end, List<String> runs) {
        String folded = ChineseAnalysis.fold(text);
        boolean[] hit = new boolean[end - start];
        for (String run : runs) {
            if (run.isEmpty()) {
                continue;
            }
            // Matches that begin in the window, clipped to it.
            int from = Math.max(0, start - run.length() + 1);
            for (int i = folded.indexOf(run, from); i >= 0 && i < end; i = folded.indexOf(run, i + 1)) {
                for (int k = Math.max(i, start); k < Math.min(i + run.length(), end); k++) {
                    hit[k - start] = true;
                }
            }
        }
        List<Fragment> out = new ArrayList<>();
        int runStart = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || hit[i - start] != hit[runStart - start]) {
                out.add(new Fragment(text.substring(runStart, i), hit[runStart - start]));
                runStart = i;
            }
        }
        return out;
    }
}
