package org.gongshi.access;

import jakarta.persistence.EntityManager;
import org.gongshi.notice.Notice;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The leaks listed in the stack notes, tried against the real mappings and persistence unit: a
 * shared cache answering {@code find} across tenants, native SQL around the tenant criteria, bulk
 * updates across tenants, and an entity manager without a scope.
 */
class TenantIsolationTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final DivisionCode XILI = DivisionCode.of("330328101202");
    private static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");
    private static final DivisionCode WENCHENG = DivisionCode.of("330328");
    private static final DivisionCode FENGZHONG = DivisionCode.of("330213001001");

    private static TestDatabase db;
    private static String huangzhuangNotice;
    private static String xiliNotice;

    @BeforeAll
    static void twoVillagesEachWriteANotice() {
        db = new TestDatabase();
        huangzhuangNotice = save(HUANGZHUANG, "篁庄村低保初审名单");
        xiliNotice = save(XILI, "西里村道路工程公示");
        save(FENGZHONG, "奉中社区公告");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String save(DivisionCode division, String title) {
        return db.inTransaction(TenantScope.own(division), em -> {
            Notice n = Notice.draft(division, title, "正文", "clerk", Clock.systemUTC());
            em.persist(n);
            return n.id();
        });
    }

    @Test
    void find_by_id_never_returns_another_villages_notice_even_after_its_owner_loaded_it() {
        // Its owner loads it first, so any shared cache would now hold it.
        try (EntityManager own = db.open(TenantScope.own(HUANGZHUANG))) {
            assertThat(own.find(Notice.class, huangzhuangNotice)).isNotNull();
        }
        try (EntityManager other = db.open(TenantScope.own(XILI))) {
            assertThat(other.find(Notice.class, huangzhuangNotice)).isNull();
            assertThat(other.find(Notice.class, xiliNotice)).isNotNull();
        }
    }

    @Test
    void review_policies_and_index_counters_of_another_division_are_invisible_by_key() {
        db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            em.persist(org.gongshi.notice.TestEntities.reviewPolicy(HUANGZHUANG, 3));
            em.persist(org.gongshi.notice.TestEntities.indexCounter(HUANGZHUANG, 2026));
            return null;
        });
        try (EntityManager own = db.open(TenantScope.own(HUANGZHUANG))) {
            assertThat(own.find(org.gongshi.notice.ReviewPolicy.class, HUANGZHUANG.value())).isNotNull();
            assertThat(own.find(org.gongshi.notice.IndexCounter.class, "330328101200-2026")).isNotNull();
        }
        try (EntityManager other = db.open(TenantScope.own(XILI))) {
            assertThat(other.find(org.gongshi.notice.ReviewPolicy.class, HUANGZHUANG.value())).isNull();
            assertThat(other.find(org.gongshi.notice.IndexCounter.class, "330328101200-2026")).isNull();
            assertThat(other.createQuery("SELECT COUNT(p) FROM ReviewPolicy p", Long.class).getSingleResult()).isZero();
        }
    }

    @Test
    void queries_see_exactly_the_scope_own_division_or_the_county_subtree() {
        assertThat(titles(TenantScope.own(XILI))).containsExactly("西里村道路工程公示");
        // A town sees its own notices, not its villages'.
        assertThat(titles(TenantScope.own(BAIZHANGJI))).isEmpty();
        assertThat(titles(TenantScope.subtreeReadOnly(WENCHENG)))
                .containsExactlyInAnyOrder("篁庄村低保初审名单", "西里村道路工程公示");
        assertThat(titles(TenantScope.subtreeReadOnly(WENCHENG))).doesNotContain("奉中社区公告");
    }

    @Test
    void a_bulk_update_in_one_scope_leaves_other_tenants_rows_alone() {
        db.inTransaction(TenantScope.own(XILI), em ->
                em.createQuery("UPDATE Notice n SET n.title = :t").setParameter("t", "被改写").executeUpdate());
        assertThat(titles(TenantScope.own(HUANGZHUANG))).containsExactly("篁庄村低保初审名单");
        db.inTransaction(TenantScope.own(XILI), em ->
                em.createQuery("UPDATE Notice n SET n.title = :t").setParameter("t", "西里村道路工程公示").executeUpdate());
    }

    @Test
    void native_sql_is_refused_because_it_would_bypass_the_tenant_criteria() {
        try (EntityManager em = db.open(TenantScope.own(XILI))) {
            Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                    () -> em.createNativeQuery("SELECT TITLE FROM NOTICE").getResultList());
            assertThat(refused).as("native SQL must be refused").isNotNull();
            assertThat(refused.getMessage()).contains("6175");
        }
    }

    @Test
    void an_entity_manager_without_a_scope_cannot_read_tenant_data() {
        try (EntityManager em = db.openWithoutScope()) {
            assertThatThrownBy(() -> em.createQuery("SELECT n FROM Notice n", Notice.class).getResultList())
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void the_national_entity_manager_reaches_the_holiday_schedule_but_no_tenant_data() {
        try (EntityManager em = db.openNational()) {
            assertThat(em.createQuery("SELECT COUNT(d) FROM HolidayDay d", Long.class).getSingleResult()).isNotNull();
            assertThatThrownBy(() -> em.createQuery("SELECT n FROM Notice n", Notice.class).getResultList())
                    .isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> em.createQuery("SELECT a FROM AuditEntry a", org.gongshi.audit.AuditEntry.class).getResultList())
                    .isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> em.find(Notice.class, huangzhuangNotice)).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void the_tenant_column_is_mandatory() {
        assertThatThrownBy(() -> db.inTransaction(TenantScope.own(XILI), em -> {
            Notice n = Notice.draft(XILI, "标题", "正文", "clerk", Clock.systemUTC());
            em.persist(n);
            em.flush();
            em.createQuery("UPDATE Notice n SET n.divisionCode = NULL WHERE n.id = :id")
                    .setParameter("id", n.id()).executeUpdate();
            return null;
        })).isInstanceOf(RuntimeException.class);
    }

    private static List<String> titles(TenantScope scope) {
        try (EntityManager em = db.open(scope)) {
            return em.createQuery("SELECT n.title FROM Notice n ORDER BY n.title", String.class).getResultList();
        }
    }
}
