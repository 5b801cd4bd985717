package org.gongshi.catalog;

import org.gongshi.access.TestDatabase;
import org.gongshi.calendar.HolidaySchedule;
import org.gongshi.calendar.WorkingDays;
import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.Notice;
import org.gongshi.notice.NoticeCatalogPublications;
import org.gongshi.notice.NoticeContent;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which items are overdue: never published, published too long ago, or fine. */
class CatalogComplianceTest {

    static final DivisionCode WENCHENG = CatalogBookTest.WENCHENG;
    static final DivisionCode BAIZHANGJI = CatalogBookTest.BAIZHANGJI;
    static final DivisionCode HUANGZHUANG = CatalogBookTest.HUANGZHUANG;
    static final DivisionCode XILI = CatalogBookTest.XILI;

    private final WorkingDays days = new WorkingDays(HolidaySchedule.bundled());

    private static CatalogPublications.Filed filed(DivisionCode d, String key) {
        return new CatalogPublications.Filed(d.value(), key);
    }

    private List<OverdueCatalogItem> overdue(List<DivisionCode> divisions, Map<CatalogPublications.Filed, LocalDate> last,
                                             LocalDate today) {
        return CatalogCompliance.compute(divisions, List.of(), List.of(), last, days, today);
    }

    private static OverdueCatalogItem find(List<OverdueCatalogItem> items, DivisionCode d, String key) {
        return items.stream().filter(i -> i.division().equals(d) && i.itemKey().equals(key)).findFirst().orElse(null);
    }

    @Test
    void an_item_never_published_is_overdue_from_its_first_due_date() {
        // The templates apply from 2026-01-01; dibao: 20 working days → 2026-02-02 (New Year's Day off, 4 January a make-up day).
        LocalDate due = new UpdateRule.WithinWorkingDays(20).firstDue(LocalDate.of(2026, 1, 1), days);
        assertThat(overdue(List.of(HUANGZHUANG), Map.of(), due)).as("not yet on the due date itself")
                .noneMatch(i -> i.itemKey().equals("social-assistance.dibao"));
        OverdueCatalogItem dibao = find(overdue(List.of(HUANGZHUANG), Map.of(), due.plusDays(1)), HUANGZHUANG,
                "social-assistance.dibao");
        assertThat(dibao).isNotNull();
        assertThat(dibao.dueDate()).isEqualTo(due);
        assertThat(dibao.lastPublished()).isNull();
        assertThat(dibao.level1()).isEqualTo("社会救助");
        assertThat(dibao.level2()).isEqualTo("最低生活保障");
        assertThat(dibao.rule()).isEqualTo("信息形成或变更之日起20个工作日内");
        // Items published on an event only are never overdue by themselves.
        assertThat(overdue(List.of(HUANGZHUANG), Map.of(), LocalDate.of(2026, 12, 1)))
                .noneMatch(i -> i.itemKey().equals("land.expropriation") || i.itemKey().equals("other"));
    }

    @Test
    void a_quarterly_item_published_too_long_ago_is_overdue_and_a_fresh_one_is_fine() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        Map<CatalogPublications.Filed, LocalDate> last = new HashMap<>();
        last.put(filed(HUANGZHUANG, "village.finance"), LocalDate.of(2026, 5, 20)); // due 30 Sep: overdue
        last.put(filed(XILI, "village.finance"), LocalDate.of(2026, 10, 8));        // due 31 Mar 2027: fine
        last.put(filed(HUANGZHUANG, "social-assistance.dibao"), LocalDate.of(2026, 3, 1));
        List<OverdueCatalogItem> items = overdue(List.of(HUANGZHUANG, XILI), last, today);
        OverdueCatalogItem old = find(items, HUANGZHUANG, "village.finance");
        assertThat(old).isNotNull();
        assertThat(old.dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(old.lastPublished()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(old.rule()).isEqualTo("每季度更新");
        assertThat(find(items, XILI, "village.finance")).isNull();
        assertThat(find(items, HUANGZHUANG, "social-assistance.dibao")).as("published once: fine").isNull();
        assertThat(find(items, XILI, "social-assistance.dibao")).as("never published: overdue").isNotNull();
    }

    @Test
    void disabled_items_are_not_checked() {
        CatalogAdaptation off = new CatalogAdaptation(HUANGZHUANG, "village.assist-government", 0, "admin",
                Instant.parse("2026-02-01T00:00:00Z"), LocalDate.of(2026, 2, 1));
        off.setDisabled(true);
        List<OverdueCatalogItem> items = CatalogCompliance.compute(List.of(HUANGZHUANG, XILI), List.of(), List.of(off),
                Map.of(), days, LocalDate.of(2026, 12, 1));
        assertThat(find(items, HUANGZHUANG, "village.assist-government")).isNull();
        assertThat(find(items, XILI, "village.assist-government")).isNotNull();
    }

    @Test
    void the_subtree_of_a_county_lists_the_county_its_towns_and_villages() {
        List<DivisionCode> subtree = CatalogCompliance.subtree(WENCHENG);
        assertThat(subtree).startsWith(WENCHENG).contains(BAIZHANGJI, HUANGZHUANG, XILI)
                .allMatch(WENCHENG::contains);
        assertThat(CatalogCompliance.subtree(HUANGZHUANG)).containsExactly(HUANGZHUANG);
    }

    @Test
    void a_whole_county_is_computed_quickly_in_memory() {
        // ~1,000 divisions: the in-memory part must stay far below a second.
        List<DivisionCode> many = new java.util.ArrayList<>();
        for (int t = 1; t <= 20; t++) {
            for (int v = 1; v <= 50; v++) {
                many.add(DivisionCode.of(String.format("330328%03d%03d", 100 + t, 200 + v)));
            }
        }
        long start = System.nanoTime();
        List<OverdueCatalogItem> items = overdue(many, Map.of(), LocalDate.of(2026, 12, 1));
        assertThat(items).hasSizeGreaterThan(1000);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
    }

    @Test
    void last_publications_come_from_one_aggregate_over_published_proactive_notices_filed_under_items() {
        try (TestDatabase db = new TestDatabase()) {
            Clock may = Clock.fixed(Instant.parse("2026-05-20T02:00:00Z"), ZoneOffset.UTC);
            Clock october = Clock.fixed(Instant.parse("2026-10-08T02:00:00Z"), ZoneOffset.UTC);
            publish(db, HUANGZHUANG, "village.finance", may);
            publish(db, HUANGZHUANG, "village.finance", october);
            publish(db, XILI, "social-assistance.dibao", may);
            db.inTransaction(TenantScope.own(XILI), em -> {
                em.persist(Notice.draft(XILI, NoticeContent.of("草稿", "正文", "village.finance"), "clerk", october));
                return null;
            });
            Map<CatalogPublications.Filed, LocalDate> last = db.inTransaction(TenantScope.subtreeReadOnly(BAIZHANGJI),
                    em -> new NoticeCatalogPublications().lastPublished(em));
            assertThat(last).containsOnly(
                    Map.entry(filed(HUANGZHUANG, "village.finance"), LocalDate.of(2026, 10, 8)),
                    Map.entry(filed(XILI, "social-assistance.dibao"), LocalDate.of(2026, 5, 20)));
            Map<CatalogPublications.Filed, LocalDate> own = db.inTransaction(TenantScope.own(XILI),
                    em -> new NoticeCatalogPublications().lastPublished(em));
            assertThat(own).as("a village's scope sees only its own notices").containsOnlyKeys(filed(XILI, "social-assistance.dibao"));
        }
    }

    private static void publish(TestDatabase db, DivisionCode division, String item, Clock clock) {
        NoticeContent content = new NoticeContent("公开", "正文", null, Genre.ANNOUNCEMENT, Set.of(), null, Set.of(), null,
                null, DisclosureAttribute.PROACTIVE, null, null, null, null, null, null, false, null, null, item);
        db.inTransaction(TenantScope.own(division), em -> {
            Notice n = Notice.draft(division, content, "clerk", clock);
            n.submitForReview(1, "clerk", clock);
            n.approve("reviewer", Set.of(), clock);
            n.publish("reviewer", division.value() + "-" + java.util.UUID.randomUUID(), clock);
            em.persist(n);
            return null;
        });
    }
}
