package org.gongshi.privacy;

import org.gongshi.privacy.NotPersonalCorpus.Category;
import org.gongshi.privacy.SyntheticPeople.Mutation;
import org.gongshi.privacy.SyntheticPeople.Planted;
import org.gongshi.privacy.SyntheticPeople.SyntheticNotice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall on 10,000 made-up people (IDs with X, 15-digit and 9-prefixed; phones of every current
 * prefix; cards with and without a valid Luhn digit) planted in realistic notices in mutated written
 * forms, and false positives on numbers that are not personal. Prints the measured rates; the numbers
 * and this command go to docs/benchmarks.md:
 * {@code ./mvnw -q -o -pl ejb -am test -Dtest=PersonalDataRecognitionTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
class PersonalDataRecognitionTest {

    static final int PEOPLE = 10_000;
    static final int PEOPLE_PER_NOTICE = 20;
    static final long SEED = 20261205L;
    static final int NOT_PERSONAL_PER_CATEGORY = 2_000;

    private static final List<SyntheticNotice> NOTICES = new ArrayList<>();

    @BeforeAll
    static void plantEveryoneInNotices() {
        List<SyntheticPeople.Person> people = SyntheticPeople.generate(PEOPLE, SEED);
        Random random = new Random(SEED + 1);
        for (int from = 0; from < people.size(); from += PEOPLE_PER_NOTICE) {
            NOTICES.add(SyntheticPeople.notice(people.subList(from, Math.min(people.size(), from + PEOPLE_PER_NOTICE)), random));
        }
    }

    private static boolean covered(Planted p, List<Finding> findings) {
        for (Finding f : findings) {
            if (f.start() <= p.start() && f.end() >= p.end()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void recall_on_ten_thousand_synthetic_people_in_mutated_forms_is_at_least_999_in_1000() {
        Map<PersonalDataKind, int[]> byKind = new EnumMap<>(PersonalDataKind.class);
        Map<Mutation, int[]> byMutation = new EnumMap<>(Mutation.class);
        int planted = 0;
        int found = 0;
        int rightKind = 0;
        long chars = 0;
        List<String> missed = new ArrayList<>();
        long started = System.nanoTime();
        for (SyntheticNotice notice : NOTICES) {
            List<Finding> findings = PersonalDataScanner.scan(notice.text());
            chars += notice.text().length();
            for (Planted p : notice.planted()) {
                boolean hit = covered(p, findings);
                planted++;
                int[] k = byKind.computeIfAbsent(p.kind(), x -> new int[2]);
                int[] m = byMutation.computeIfAbsent(p.mutation(), x -> new int[2]);
                k[0]++;
                m[0]++;
                if (hit) {
                    found++;
                    k[1]++;
                    m[1]++;
                    if (findings.stream().anyMatch(f -> f.start() <= p.start() && f.end() >= p.end() && f.kind() == p.kind())) {
                        rightKind++;
                    }
                } else if (missed.size() < 20) {
                    int from = Math.max(0, Math.max(notice.text().lastIndexOf('\n', p.start() - 1), p.start() - 60));
                    int to = Math.min(notice.text().length(), p.end() + 30);
                    List<String> near = findings.stream().filter(f -> f.end() > from && f.start() < to)
                            .map(f -> f.kind() + ":" + notice.text().substring(f.start(), f.end())).toList();
                    missed.add(p.kind() + " " + p.mutation() + " " + p.number() + " in <" + notice.text().substring(from, to)
                            + "> found " + near);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double recall = (double) found / planted;
        System.out.printf(Locale.ROOT, "%n== Personal-data recall: %d people, %d numbers planted in %d notices (%,d characters) ==%n",
                PEOPLE, planted, NOTICES.size(), chars);
        byKind.forEach((kind, c) -> System.out.printf(Locale.ROOT, "  %-14s %6d planted  recall %.4f%n", kind, c[0], (double) c[1] / c[0]));
        byMutation.forEach((mutation, c) -> System.out.printf(Locale.ROOT, "  %-20s %6d planted  recall %.4f%n", mutation, c[0], (double) c[1] / c[0]));
        System.out.printf(Locale.ROOT, "  overall recall %.5f (%d of %d); right kind %.4f; scanned %.1f MB/s%n", recall, found, planted,
                (double) rightKind / planted, chars * 2 / 1e6 / seconds);
        missed.forEach(m -> System.out.println("  missed: " + m.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")));

        assertThat(planted).isEqualTo(3 * PEOPLE);
        assertThat(recall).as("overall recall").isGreaterThanOrEqualTo(0.999);
        byKind.forEach((kind, c) -> assertThat((double) c[1] / c[0]).as("recall of %s", kind).isGreaterThanOrEqualTo(0.995));
    }

    @Test
    void the_corpus_covers_every_kind_of_number_the_issue_names() {
        List<SyntheticPeople.Person> people = SyntheticPeople.generate(PEOPLE, SEED);
        assertThat(people).extracting(SyntheticPeople.Person::idForm).contains(SyntheticPeople.IdForm.values());
        assertThat(people).filteredOn(p -> p.idNumber().endsWith("X")).hasSizeGreaterThan(PEOPLE / 10);
        assertThat(people).filteredOn(p -> p.idNumber().length() == 15).hasSizeGreaterThan(PEOPLE / 20);
        assertThat(people).filteredOn(p -> p.idNumber().startsWith("9")).hasSizeGreaterThan(PEOPLE / 40);
        assertThat(people).allSatisfy(p -> assertThat(p.idForm() == SyntheticPeople.IdForm.OLD
                ? CitizenId.isPlausibleShort(p.idNumber()) : CitizenId.isValidLong(p.idNumber())).as(p.idNumber()).isTrue());
        assertThat(people).extracting(p -> p.phone().substring(0, 3)).containsAll(SyntheticPeople.MOBILE_PREFIXES);
        assertThat(people).filteredOn(p -> PersonalDataScanner.luhn(p.bankCard())).hasSize(PEOPLE / 2);
        assertThat(people).extracting(p -> p.bankCard().length()).contains(12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(NOTICES.stream().flatMap(n -> n.planted().stream()).map(Planted::mutation).distinct()).contains(Mutation.values());
    }

    @Test
    void false_positives_on_numbers_that_are_not_personal_stay_under_one_in_a_hundred() {
        Map<Category, List<String>> corpus = NotPersonalCorpus.generate(NOT_PERSONAL_PER_CATEGORY, SEED);
        int items = 0;
        int flagged = 0;
        System.out.printf(Locale.ROOT, "%n== Personal-data false positives: %d sentences per category ==%n", NOT_PERSONAL_PER_CATEGORY);
        List<String> examples = new ArrayList<>();
        for (var entry : corpus.entrySet()) {
            int hits = 0;
            for (String sentence : entry.getValue()) {
                List<Finding> findings = PersonalDataScanner.scan(sentence);
                if (!findings.isEmpty()) {
                    hits++;
                    if (examples.size() < 15 && !entry.getKey().ambiguous()) {
                        examples.add(entry.getKey() + " <" + sentence.replace("\n", "\\n") + "> " + findings.get(0).kind());
                    }
                }
            }
            if (!entry.getKey().ambiguous()) {
                items += entry.getValue().size();
                flagged += hits;
            }
            System.out.printf(Locale.ROOT, "  %-16s %5d sentences  flagged %4d  rate %.4f%s%n", entry.getKey(), entry.getValue().size(),
                    hits, (double) hits / entry.getValue().size(), entry.getKey().ambiguous() ? "  (ambiguous by nature, not in the overall rate)" : "");
        }
        double rate = (double) flagged / items;
        System.out.printf(Locale.ROOT, "  overall false-positive rate %.5f (%d of %d, ambiguous reference numbers excluded)%n", rate, flagged, items);
        examples.forEach(e -> System.out.println("  flagged: " + e));
        assertThat(rate).as("overall false-positive rate").isLessThanOrEqualTo(0.01);
        for (Category strict : List.of(Category.AMOUNT, Category.DATE, Category.DOCUMENT_NUMBER, Category.INDEX_NUMBER,
                Category.LANDLINE, Category.DIVISION_CODE, Category.TIMESTAMP)) {
            assertThat(corpus.get(strict)).as(strict.name()).noneMatch(PersonalDataScanner::containsPersonalData);
        }
    }

    @Test
    void notices_masked_by_the_default_policy_have_nothing_left_to_find() {
        MaskingPolicy policy = MaskingPolicy.defaults();
        for (SyntheticNotice notice : NOTICES.subList(0, 100)) {
            String masked = Redaction.redact(notice.text(), policy);
            assertThat(PersonalDataScanner.scan(masked)).as(masked).isEmpty();
            for (Planted p : notice.planted()) {
                assertThat(masked).doesNotContain(p.number());
            }
        }
    }
}
