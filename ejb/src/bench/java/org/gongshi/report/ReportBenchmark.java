package org.gongshi.report;

import jakarta.persistence.EntityManager;
import org.gongshi.access.TestDatabase;
import org.gongshi.request.ApplicantType;
import org.gongshi.request.ClosingReason;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestChallenge;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The county's annual report over 100,000 requests (issue #7: at most 2 s), on the real mappings and
 * migrations: H2 in memory by default, PostgreSQL when {@code GONGSHI_DB_URL} names one (as the unit tests).
 * The requests are spread over every town and village of 文成县 from the middle of the year before to the
 * end of the year, with every reply type, closing reason and applicant type, about 1 % challenged.
 * <ul>
 *   <li>{@link #countyReport}: the whole sum of the county's subtree — tables 二, 三 and 四 by their aggregate
 *       queries through the tenant-scoped entity manager, the checks and the cell map.</li>
 *   <li>{@link #townReport}: one town's own report (its share of the rows).</li>
 *   <li>{@link #baselineCount}: a plain {@code COUNT} of the same rows through the same entity manager and
 *       tenant criteria — the floor any computation over these rows pays.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReportBenchmark {

    static final DivisionCode COUNTY = DivisionCode.of("330328");
    static final DivisionCode TOWN = DivisionCode.of("330328101");
    static final LocalDate TODAY = LocalDate.of(2026, 2, 15);

    TestDatabase db;
    ReportDesk desk;

    @Setup(Level.Trial)
    public void load() throws Exception {
        int requests = Integer.getInteger("bench.requests", 100_000);
        db = new TestDatabase();
        desk = ReportSamples.desk(TODAY);
        List<DivisionCode> divisions = ReportSamples.wenchengDivisions(1000);
        long started = System.nanoTime();
        Random random = new Random(2025);
        ApplicantType[] types = ApplicantType.values();
        ReplyType[] replies = ReplyType.values();
        ClosingReason[] reasons = ClosingReason.values();
        try (ReportRows rows = new ReportRows(db.connect())) {
            for (int i = 0; i < requests; i++) {
                String division = divisions.get(random.nextInt(divisions.size())).value();
                ApplicantType type = random.nextInt(3) == 0 ? types[random.nextInt(types.length)] : ApplicantType.NATURAL_PERSON;
                LocalDate received = LocalDate.of(2024, 7, 1).plusDays(random.nextInt(549));
                LocalDate closed = received.plusDays(1 + random.nextInt(60));
                int fate = random.nextInt(10);
                String id;
                if (fate == 0 || closed.isAfter(TODAY)) {
                    id = rows.open(division, type, received);
                } else if (fate == 1) {
                    id = rows.closed(division, type, received, reasons[random.nextInt(reasons.length)], closed);
                } else {
                    id = rows.answered(division, type, received, replies[random.nextInt(replies.length)], closed);
                }
                if (random.nextInt(100) == 0 && !received.plusDays(70).isAfter(TODAY)) {
                    RequestChallenge.Outcome outcome = RequestChallenge.Outcome.values()[random.nextInt(4)];
                    rows.challenge(division, id, RequestChallenge.Kind.values()[random.nextInt(3)], received.plusDays(70),
                            outcome, outcome == RequestChallenge.Outcome.PENDING ? null : received.plusDays(80));
                }
            }
        }
        ReportView report = county();
        long total = baselineCount();
        if (total != requests || !report.balanced()) {
            throw new IllegalStateException("Bench data: " + total + " rows, balanced " + report.balanced());
        }
        try (var c = db.connect()) {
            System.out.printf("%nDatabase: %s %s%n", c.getMetaData().getDatabaseProductName(),
                    c.getMetaData().getDatabaseProductVersion());
        }
        System.out.printf("%,d requests over %d divisions written in %,d ms; 2025: %s new, %s carried in, %s closed,"
                        + " %s carried out%n", total, divisions.size(), (System.nanoTime() - started) / 1_000_000,
                report.cells().get("t3.NEW.TOTAL"), report.cells().get("t3.CARRIED_IN.TOTAL"),
                report.cells().get("t3.RESULT_TOTAL.TOTAL"), report.cells().get("t3.CARRIED_OUT.TOTAL"));
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    private ReportView county() {
        try (EntityManager em = db.open(TenantScope.subtreeReadOnly(COUNTY))) {
            return desk.subtree(em, COUNTY, 2025);
        }
    }

    @Benchmark
    public ReportView countyReport() {
        return county();
    }

    @Benchmark
    public ReportView townReport() {
        try (EntityManager em = db.open(TenantScope.own(TOWN))) {
            return desk.view(em, TOWN, 2025);
        }
    }

    @Benchmark
    public long baselineCount() {
        try (EntityManager em = db.open(TenantScope.subtreeReadOnly(COUNTY))) {
            return em.createQuery("SELECT COUNT(r) FROM DisclosureRequest r", Long.class).getSingleResult();
        }
    }
}
