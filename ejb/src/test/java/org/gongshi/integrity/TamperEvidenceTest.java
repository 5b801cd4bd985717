package org.gongshi.integrity;

import jakarta.persistence.EntityManager;
import org.gongshi.access.TestDatabase;
import org.gongshi.integrity.DivisionVerification.BrokenLink;
import org.gongshi.notice.CanonicalContent;
import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.Notice;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticePublished;
import org.gongshi.shared.Clocks;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chains on the real persistence unit and migrations (H2, or PostgreSQL when
 * {@code GONGSHI_DB_URL} names one). Publications are appended exactly as the observer appends
 * them; tampering is done the way someone with database access would do it: plain JDBC, past the
 * application.
 */
class TamperEvidenceTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final DivisionCode XILI = DivisionCode.of("330328101202");
    /** The application's clock: whole microseconds, as the databases keep them. */
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Clocks.PRECISION);
    private static final AtomicInteger INDEX = new AtomicInteger();

    private TestDatabase db;

    @BeforeEach
    void freshDatabase() {
        db = new TestDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void publications_in_two_divisions_make_two_independent_chains_that_verify() {
        Notice first = publish(HUANGZHUANG, "篁庄村低保初审名单公示");
        Notice second = publish(HUANGZHUANG, "篁庄村道路硬化工程公示");
        Notice xili = publish(XILI, "西里村财务收支公示");

        List<ChainLink> huangzhuang = links(HUANGZHUANG);
        assertThat(huangzhuang).extracting(ChainLink::sequence).containsExactly(1L, 2L);
        assertThat(huangzhuang.get(0).previousHash()).isEqualTo("0".repeat(64));
        assertThat(huangzhuang.get(1).previousHash()).isEqualTo(huangzhuang.get(0).linkHash());
        assertThat(huangzhuang.get(0).contentHash()).isEqualTo(Sha256.hex(CanonicalContent.of(first)));
        assertThat(links(XILI)).singleElement().satisfies(link -> {
            assertThat(link.sequence()).isEqualTo(1);
            assertThat(link.previousHash()).isEqualTo("0".repeat(64));
            assertThat(link.noticeId()).isEqualTo(xili.id());
        });

        assertThat(verifyDivision(HUANGZHUANG)).isEqualTo(new DivisionVerification(HUANGZHUANG.value(), 2, true, null));
        assertThat(verifyDivision(XILI)).isEqualTo(new DivisionVerification(XILI.value(), 1, true, null));
        NoticeVerification check = verifyNotice(HUANGZHUANG, second.id());
        assertThat(check.verified()).isTrue();
        assertThat(check.problem()).isNull();
        assertThat(check.sequence()).isEqualTo(2);
        assertThat(check.divisionCode()).isEqualTo(HUANGZHUANG.value());
        assertThat(check.contentHash()).isEqualTo(Sha256.hex(CanonicalContent.of(second))).hasSize(64);
        assertThat(check.linkHash()).isEqualTo(huangzhuang.get(1).linkHash());
    }

    @Test
    void a_title_changed_in_the_database_fails_that_notice_and_is_named_as_the_first_broken_link() throws SQLException {
        Notice first = publish(HUANGZHUANG, "篁庄村低保初审名单公示");
        Notice changed = publish(HUANGZHUANG, "篁庄村宅基地审批结果公示");
        Notice third = publish(HUANGZHUANG, "篁庄村道路硬化工程公示");
        publish(XILI, "西里村财务收支公示");

        sql("UPDATE NOTICE SET TITLE = ? WHERE ID = ?", "篁庄村宅基地审批结果公示（已改）", changed.id());

        NoticeVerification check = verifyNotice(HUANGZHUANG, changed.id());
        assertThat(check.verified()).isFalse();
        assertThat(check.problem()).isEqualTo(ChainProblem.CONTENT_CHANGED);
        assertThat(check.sequence()).isEqualTo(2);
        assertThat(verifyNotice(HUANGZHUANG, first.id()).verified()).isTrue();
        assertThat(verifyNotice(HUANGZHUANG, third.id()).verified()).isTrue();
        assertThat(verifyDivision(HUANGZHUANG)).isEqualTo(new DivisionVerification(HUANGZHUANG.value(), 3, false,
                new BrokenLink(2L, changed.id(), ChainProblem.CONTENT_CHANGED)));
        assertThat(verifyDivision(XILI).verified()).isTrue();
    }

    @Test
    void every_column_the_public_sees_is_covered_not_only_the_title() throws SQLException {
        Notice notice = publish(HUANGZHUANG, "篁庄村公示");
        sql("UPDATE NOTICE SET NOTICE_ENDS_ON = ? WHERE ID = ?", java.sql.Date.valueOf(LocalDate.of(2030, 1, 1)), notice.id());
        assertThat(verifyNotice(HUANGZHUANG, notice.id()).problem()).isEqualTo(ChainProblem.CONTENT_CHANGED);
    }

    @Test
    void a_link_hash_changed_in_the_database_is_named_and_breaks_the_check_of_the_next_notice() throws SQLException {
        Notice first = publish(HUANGZHUANG, "第一份公示");
        Notice second = publish(HUANGZHUANG, "第二份公示");
        Notice third = publish(HUANGZHUANG, "第三份公示");
        publish(XILI, "西里村公示");

        sql("UPDATE CHAIN_LINK SET LINK_HASH = ? WHERE DIVISION_CODE = ? AND SEQUENCE_NO = 2",
                Sha256.hex("forged"), HUANGZHUANG.value());

        assertThat(verifyDivision(HUANGZHUANG).firstBroken())
                .isEqualTo(new BrokenLink(2L, second.id(), ChainProblem.LINK_ALTERED));
        assertThat(verifyNotice(HUANGZHUANG, second.id()).problem()).isEqualTo(ChainProblem.LINK_ALTERED);
        assertThat(verifyNotice(HUANGZHUANG, third.id()).problem()).isEqualTo(ChainProblem.CHAIN_BROKEN);
        assertThat(verifyNotice(HUANGZHUANG, first.id()).verified()).isTrue();
        assertThat(verifyDivision(XILI).verified()).isTrue();
    }

    @Test
    void a_link_rewritten_with_fitting_hashes_to_cover_a_changed_notice_breaks_the_chain_after_it() throws SQLException {
        Notice first = publish(HUANGZHUANG, "第一份公示");
        Notice second = publish(HUANGZHUANG, "第二份公示");
        ChainLink original = links(HUANGZHUANG).get(0);

        // Change the notice, then make its link fit the new content as well as anyone could.
        sql("UPDATE NOTICE SET BODY = ? WHERE ID = ?", "改过的正文", first.id());
        String newContentHash;
        try (EntityManager em = db.open(TenantScope.own(HUANGZHUANG))) {
            newContentHash = Sha256.hex(CanonicalContent.of(em.find(Notice.class, first.id())));
        }
        String newLinkHash = ChainLink.hashOf(HUANGZHUANG.value(), 1, first.id(), original.kind(), original.revision(),
                newContentHash, original.previousHash(), original.at());
        sql("UPDATE CHAIN_LINK SET CONTENT_HASH = ?, LINK_HASH = ? WHERE DIVISION_CODE = ? AND SEQUENCE_NO = 1",
                newContentHash, newLinkHash, HUANGZHUANG.value());

        assertThat(verifyNotice(HUANGZHUANG, first.id()).problem()).isEqualTo(ChainProblem.CHAIN_BROKEN);
        assertThat(verifyDivision(HUANGZHUANG).firstBroken())
                .isEqualTo(new BrokenLink(2L, second.id(), ChainProblem.CHAIN_BROKEN));
    }

    @Test
    void a_link_deleted_from_the_middle_or_the_end_leaves_an_empty_place() throws SQLException {
        publish(HUANGZHUANG, "第一份公示");
        Notice second = publish(HUANGZHUANG, "第二份公示");
        Notice third = publish(HUANGZHUANG, "第三份公示");

        sql("DELETE FROM CHAIN_LINK WHERE DIVISION_CODE = ? AND SEQUENCE_NO = 3", HUANGZHUANG.value());
        assertThat(verifyDivision(HUANGZHUANG).firstBroken()).isEqualTo(new BrokenLink(3L, null, ChainProblem.MISSING_LINK));
        assertThat(verifyNotice(HUANGZHUANG, second.id()).problem()).isEqualTo(ChainProblem.MISSING_LINK);

        sql("DELETE FROM CHAIN_LINK WHERE DIVISION_CODE = ? AND SEQUENCE_NO = 2", HUANGZHUANG.value());
        assertThat(verifyDivision(HUANGZHUANG).firstBroken()).isEqualTo(new BrokenLink(2L, null, ChainProblem.MISSING_LINK));
        // Without a link the public check knows nothing of the notice; the division check above does.
        assertThatThrownBy(() -> verifyNotice(HUANGZHUANG, third.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void a_notice_put_on_the_board_behind_the_chains_back_is_a_missing_link() throws SQLException {
        publish(HUANGZHUANG, "正常发布的公示");
        String smuggled = db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            Notice draft = Notice.draft(HUANGZHUANG, "未经审核的公示", "正文", "clerk", CLOCK);
            em.persist(draft);
            return draft.id();
        });
        sql("UPDATE NOTICE SET STATUS = 'PUBLISHED', PUBLISHED_AT = CREATED_AT WHERE ID = ?", smuggled);

        assertThat(verifyDivision(HUANGZHUANG)).isEqualTo(new DivisionVerification(HUANGZHUANG.value(), 1, false,
                new BrokenLink(null, smuggled, ChainProblem.MISSING_LINK)));
    }

    @Test
    void a_withdrawn_notice_is_checked_against_its_withdrawal_and_still_verifies() {
        Notice notice = publish(HUANGZHUANG, "将撤回的公示");
        db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            Notice loaded = em.find(Notice.class, notice.id());
            loaded.withdraw("clerk", "内容有误", CLOCK);
            return ChainWriter.append(em, new NoticePublished(HUANGZHUANG, loaded.id(), NoticePublished.Kind.WITHDRAWAL,
                    loaded.revision(), CanonicalContent.of(loaded), "clerk", loaded.withdrawnAt()));
        });

        NoticeVerification check = verifyNotice(HUANGZHUANG, notice.id());
        assertThat(check.verified()).isTrue();
        assertThat(check.sequence()).isEqualTo(2);
        assertThat(links(HUANGZHUANG)).extracting(ChainLink::kind)
                .containsExactly(NoticePublished.Kind.PUBLICATION, NoticePublished.Kind.WITHDRAWAL);
        assertThat(verifyDivision(HUANGZHUANG).verified()).isTrue();
    }

    @Test
    void the_public_check_finds_a_published_notice_by_its_id_alone_and_never_a_draft() {
        Notice published = publish(HUANGZHUANG, "已发布的公示");
        String draft = db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            Notice d = Notice.draft(HUANGZHUANG, "草稿", "正文", "clerk", CLOCK);
            em.persist(d);
            return d.id();
        });

        try (EntityManager province = db.open(TenantScope.subtreeReadOnly(DivisionCode.of("33")))) {
            ChainVerifier verifier = new ChainVerifier(province, CLOCK);
            assertThat(verifier.divisionsHolding(published.id())).containsExactly(HUANGZHUANG);
            assertThat(verifier.divisionsHolding(draft)).isEmpty();
            assertThat(verifier.divisionsHolding("' OR '1'='1")).isEmpty();
        }
        assertThatThrownBy(() -> verifyNotice(HUANGZHUANG, draft)).isInstanceOf(NotFound.class);
        // Another division's scope does not see the notice's chain at all.
        assertThatThrownBy(() -> verifyNotice(XILI, published.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void publications_at_the_same_moment_in_one_division_take_consecutive_places_and_never_fork() throws Exception {
        publish(HUANGZHUANG, "第一份公示");  // the chain and its head exist from here on
        int writers = 4;
        int each = 5;
        CyclicBarrier together = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        together.await(30, TimeUnit.SECONDS);
                        publish(HUANGZHUANG, "同时发布的公示");
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        int expected = 1 + writers * each;
        assertThat(links(HUANGZHUANG)).extracting(ChainLink::sequence)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, expected).boxed().toList());
        assertThat(verifyDivision(HUANGZHUANG)).isEqualTo(new DivisionVerification(HUANGZHUANG.value(), expected, true, null));
    }

    @Test
    void the_link_hash_changes_with_every_field_it_covers() {
        String division = HUANGZHUANG.value();
        String notice = "0190b5a4-0000-7000-8000-000000000001";
        String content = Sha256.hex("content");
        String previous = Sha256.NOTHING_BEFORE;
        Instant at = Instant.parse("2026-11-20T02:00:00.123456Z");
        NoticePublished.Kind kind = NoticePublished.Kind.PUBLICATION;
        String base = ChainLink.hashOf(division, 1, notice, kind, 1, content, previous, at);
        assertThat(Set.of(
                base,
                ChainLink.hashOf(XILI.value(), 1, notice, kind, 1, content, previous, at),
                ChainLink.hashOf(division, 2, notice, kind, 1, content, previous, at),
                ChainLink.hashOf(division, 1, "0190b5a4-0000-7000-8000-000000000002", kind, 1, content, previous, at),
                ChainLink.hashOf(division, 1, notice, NoticePublished.Kind.WITHDRAWAL, 1, content, previous, at),
                ChainLink.hashOf(division, 1, notice, kind, 2, content, previous, at),
                ChainLink.hashOf(division, 1, notice, kind, 1, Sha256.hex("other"), previous, at),
                ChainLink.hashOf(division, 1, notice, kind, 1, content, Sha256.hex("other"), at),
                ChainLink.hashOf(division, 1, notice, kind, 1, content, previous, at.plusNanos(1_000))))
                .hasSize(9);
        assertThat(base).matches("[0-9a-f]{64}")
                .isEqualTo(ChainLink.hashOf(division, 1, notice, kind, 1, content, previous, at));
    }

    /** Drafts, reviews and publishes a notice, and appends the event as the observer does, in one transaction. */
    private Notice publish(DivisionCode division, String title) {
        NoticeContent content = new NoticeContent(title, "正文：" + title + "\n\n第二段。", "村务公开", Genre.PUBLIC_NOTICE,
                Set.of("低保"), "村民委员会", Set.of("村民"), "篁村〔2026〕1号", LocalDate.of(2026, 11, 18),
                DisclosureAttribute.PROACTIVE, null, null, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27),
                null, null, false, null, null);
        return db.inTransaction(TenantScope.own(division), em -> {
            Notice n = Notice.draft(division, content, "clerk", CLOCK);
            n.submitForReview(1, "clerk", CLOCK);
            n.approve("reviewer", Set.of(), CLOCK);
            n.publish("reviewer", division.value() + "-2026-" + INDEX.incrementAndGet(), CLOCK);
            em.persist(n);
            ChainWriter.append(em, new NoticePublished(division, n.id(), NoticePublished.Kind.PUBLICATION, n.revision(),
                    CanonicalContent.of(n), "reviewer", n.publishedAt()));
            return n;
        });
    }

    private NoticeVerification verifyNotice(DivisionCode division, String noticeId) {
        try (EntityManager em = db.open(TenantScope.own(division))) {
            return new ChainVerifier(em, CLOCK).verifyNotice(noticeId);
        }
    }

    private DivisionVerification verifyDivision(DivisionCode division) {
        try (EntityManager em = db.open(TenantScope.own(division))) {
            return new ChainVerifier(em, CLOCK).verifyDivision(division);
        }
    }

    private List<ChainLink> links(DivisionCode division) {
        try (EntityManager em = db.open(TenantScope.own(division))) {
            return em.createQuery("SELECT l FROM ChainLink l ORDER BY l.sequence", ChainLink.class).getResultList();
        }
    }

    /** Changes rows behind the application's back, as someone with database access could. */
    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            assertThat(s.executeUpdate()).as(statement).isPositive();
        }
    }
}
