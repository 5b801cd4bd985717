package org.gongshi.request;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Regulation Art. 44: where several applicants ask the same agency for the same government
 * information and it may be disclosed, the agency may move it to proactive disclosure. This finds
 * such groups among disclosed requests: two descriptions ask for the same information when their
 * character bigrams overlap by at least {@value #SIMILARITY} (Jaccard), after dropping the words every
 * request uses (申请、公开、政府信息、关于…); groups are joined transitively. A group counts when
 * at least the given number of different applicants ({@link ApplicantKey}) are in it.
 */
public final class ProactiveCandidates {

    static final double SIMILARITY = 0.5;

    /** The standard catalog item a moved group's draft notice is filed under (Art. 44; mandatory at every level). */
    public static final String CATALOG_ITEM = "open.frequently-requested";
    private static final List<String> FILLER = List.of("申请公开", "政府信息", "申请", "公开", "信息", "关于", "获取",
            "提供", "请求", "要求", "有关", "相关", "的", "了", "和", "及", "与", "我");

    /** One request of a group. */
    public record Member(String id, String receiptNumber, LocalDate receivedOn, String description) {
    }

    /** A group of requests for the same information, with a title suggested for the notice. */
    public record Candidate(String key, String suggestedTitle, int applicants, List<Member> requests) {
        public Candidate {
            requests = List.copyOf(requests);
        }
    }

    private ProactiveCandidates() {
    }

    static List<Candidate> group(List<DisclosureRequest> requests, int minApplicants) {
        int n = requests.size();
        List<Set<String>> grams = requests.stream().map(r -> bigrams(r.description())).toList();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (similar(grams.get(i), grams.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<DisclosureRequest>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(requests.get(i));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (List<DisclosureRequest> group : groups.values()) {
            Set<String> applicants = new HashSet<>();
            group.forEach(r -> applicants.add(r.applicantKey()));
            if (applicants.size() < Math.max(2, minApplicants)) {
                continue;
            }
            group.sort(Comparator.comparing(DisclosureRequest::receivedOn).thenComparing(DisclosureRequest::id));
            String title = group.stream().map(DisclosureRequest::description)
                    .min(Comparator.comparingInt(String::length)).orElse("");
            candidates.add(new Candidate(group.getFirst().id(), title.length() > 60 ? title.substring(0, 60) + "…" : title,
                    applicants.size(), group.stream().map(r -> new Member(r.id(), r.receiptNumber(), r.receivedOn(),
                    r.description())).toList()));
        }
        candidates.sort(Comparator.comparingInt(Candidate::applicants).reversed().thenComparing(Candidate::key));
        return candidates;
    }

    static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int common = 0;
        for (String g : a) {
            if (b.contains(g)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common) >= SIMILARITY;
    }

    /** Bigrams of the description's Han characters, letters and digits, fillers removed. */
    static Set<String> bigrams(String description) {
        String text = Normalizer.normalize(description == null ? "" : description, Normalizer.Form.NFKC);
        for (String filler : FILLER) {
            text = text.replace(filler, " ");
        }
        Set<String> grams = new HashSet<>();
        StringBuilder run = new StringBuilder();
        for (int cp : (text + " ").codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp)) {
                run.appendCodePoint(cp);
            } else {
                for (int i = 0; i + 1 < run.length(); i++) {
                    grams.add(run.substring(i, i + 2));
                }
                if (run.length() == 1) {
                    grams.add(run.toString());
                }
                run.setLength(0);
            }
        }
        return grams;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
