package org.gongshi.search;

import org.gongshi.tenancy.DivisionCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Latency of {@link LuceneNoticeSearch#search} over 1,000,000 generated notices in 1,000 divisions:
 * one-, two- and three-or-more-character queries, within one division and within a county's whole
 * subtree. SampleTime mode reports p50/p95/p99. The query path is the production one (parsing,
 * Lucene query, BM25 top-20 with exact total, stored fields, highlighting) except the database
 * re-check, which is replaced by a stub answering "all on the board".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SearchBenchmark {

    public enum Kind {
        ONE_CHAR("桥", "茶", "粮", "林", "医", "房", "火", "水", "电", "金"),
        TWO_CHARS("低保", "救助", "补贴", "防汛", "道路", "分红", "选举", "财务", "养老", "助学"),
        THREE_OR_MORE("救助金", "低保户", "危房改造", "耕地地力保护补贴", "人居环境整治", "村级财务收支", "城乡居民医疗保险",
                "山塘水库", "公益性岗位", "慰问物资");

        final List<String> queries;

        Kind(String... queries) {
            this.queries = List.of(queries);
        }
    }

    public enum Where { DIVISION, COUNTY_SUBTREE }

    @Param({"ONE_CHAR", "TWO_CHARS", "THREE_OR_MORE"})
    public Kind kind;

    @Param({"DIVISION", "COUNTY_SUBTREE"})
    public Where where;

    LuceneNoticeSearch search;
    List<DivisionCode> divisions;
    List<DivisionCode> counties;

    /** The database re-check and fingerprint, answered without a database. */
    static final class NoDatabase extends SearchData {
        private final String fingerprint;

        NoDatabase(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        @Override
        public String fingerprint() {
            return fingerprint;
        }

        @Override
        public Set<String> onBoard(DivisionCode division, boolean subtree, Collection<String> ids, LocalDate today) {
            return Set.copyOf(ids);
        }
    }

    @Setup(Level.Trial)
    public void open() throws Exception {
        int count = Integer.getInteger("bench.notices", 1_000_000);
        Path dir = BenchNotices.ensureIndex(Path.of(System.getProperty("bench.index", "target/bench-search-index")), count);
        divisions = BenchNotices.divisions();
        counties = divisions.stream().map(d -> DivisionCode.of(d.value().substring(0, 6))).distinct().sorted().toList();
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
        search = new LuceneNoticeSearch(new NoDatabase(BenchNotices.FINGERPRINT_PREFIX + count), clock, dir, Runnable::run,
                Duration.ofDays(1));
        search.start();
        // How much each query finds (printed once per trial): the work behind the latencies.
        boolean subtree = where == Where.COUNTY_SUBTREE;
        DivisionCode sample = subtree ? BenchNotices.largestCounty(divisions) : divisions.getFirst();
        StringBuilder totals = new StringBuilder("Hits in " + sample + (subtree ? " (subtree)" : "") + ":");
        for (String q : kind.queries) {
            totals.append(' ').append(q).append('=').append(search.search(new SearchQuery(sample, subtree, q, null, 0, 20)).total());
        }
        System.out.println(totals);
    }

    @TearDown(Level.Trial)
    public void close() {
        search.close();
    }

    @State(Scope.Thread)
    public static class Dice {
        final SplittableRandom random = new SplittableRandom(7);
    }

    @Benchmark
    public SearchResults search(Dice dice) {
        String text = kind.queries.get(dice.random.nextInt(kind.queries.size()));
        boolean subtree = where == Where.COUNTY_SUBTREE;
        List<DivisionCode> from = subtree ? counties : divisions;
        DivisionCode division = from.get(dice.random.nextInt(from.size()));
        return search.search(new SearchQuery(division, subtree, text, null, 0, 20));
    }
}
