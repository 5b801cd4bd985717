package org.gongshi.web.site.kiosk;

import org.gongshi.notice.PublishedNotice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader can search for by touch alone on one board: the words residents most often look
 * for that this board's notices actually contain, and a keyboard of the characters its notices use
 * most. Derived from the board itself, so every key leads somewhere.
 */
record SearchWords(List<String> words, List<String> keys) {

    /** What residents ask a village about, from the village boards' standard sections and the relief programmes. */
    static final List<String> COMMON = List.of("低保", "救助", "补贴", "公示", "财务", "特困", "临时救助", "医保", "养老",
            "残疾", "五保", "扶贫", "宅基地", "土地", "征地", "危房", "住房", "教育", "就业", "选举", "村规民约", "项目",
            "资金", "补助", "收支", "合作医疗", "农业", "山林");
    /** Characters too common to narrow a search. */
    private static final Set<Character> STOP = Set.of('的', '了', '和', '与', '及', '在', '是', '为', '于', '对', '等', '年',
            '月', '日', '号', '第', '关', '个', '一', '有', '将', '按', '由', '以', '其', '之', '并', '或', '把', '被', '这', '那');
    static final int MAX_WORDS = 16;
    static final int MAX_KEYS = 40;

    /**
     * The words of {@link #COMMON}, then the section names and topics, that occur in the notices,
     * most frequent first; and the most frequent Chinese characters of the titles and bodies.
     */
    static SearchWords of(Collection<PublishedNotice> notices, Collection<String> sectionNames) {
        List<String> texts = notices.stream().map(n -> (n.title() == null ? "" : n.title()) + "\n" + (n.body() == null ? "" : n.body())).toList();
        Set<String> candidates = new LinkedHashSet<>(COMMON);
        candidates.addAll(sectionNames);
        notices.forEach(n -> {
            if (n.topics() != null) {
                candidates.addAll(n.topics());
            }
        });
        Map<String, Integer> wordCounts = new HashMap<>();
        for (String word : candidates) {
            if (word == null || word.isBlank() || word.length() > 8) {
                continue;
            }
            int count = (int) texts.stream().filter(t -> t.contains(word)).count();
            if (count > 0) {
                wordCounts.put(word, count);
            }
        }
        List<String> words = new ArrayList<>(wordCounts.keySet());
        List<String> order = new ArrayList<>(candidates);
        words.sort(Comparator.comparing((String w) -> -wordCounts.get(w)).thenComparing(order::indexOf));

        Map<Character, Integer> charCounts = new HashMap<>();
        for (String t : texts) {
            t.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !STOP.contains((char) c))
                    .forEach(c -> charCounts.merge((char) c, 1, Integer::sum));
        }
        List<String> keys = charCounts.entrySet().stream()
                .sorted(Map.Entry.<Character, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_KEYS).map(e -> String.valueOf(e.getKey())).toList();
        return new SearchWords(words.subList(0, Math.min(MAX_WORDS, words.size())), keys);
    }
}
