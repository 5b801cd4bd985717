package org.gongshi.notice;

import jakarta.persistence.EntityManager;
import org.gongshi.access.TestDatabase;
import org.gongshi.shared.Clocks;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog queries on the real persistence unit (H2, or PostgreSQL when GONGSHI_DB_URL is set). */
class PublicCatalogTest {

    private static final DivisionCode COUNTY = DivisionCode.of("330328");
    private static final DivisionCode TOWN = DivisionCode.of("330328101");
    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final DivisionCode XILI = DivisionCode.of("330328101202");
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Clocks.PRECISION);
    private static final AtomicInteger INDEX = new AtomicInteger();

    private TestDatabase db;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        db = new TestDatabase();
        today = LocalDate.now(CLOCK.withZone(Notice.ZONE));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void a_topic_filter_matches_whole_tags_only_not_a_tag_it_is_a_prefix_or_suffix_of() {
        publish(HUANGZHUANG, "低保名单", Genre.PUBLIC_NOTICE, Set.of("低保", "救助"), "民政办", Set.of("村民"));
        publish(HUANGZHUANG, "救助金发放", Genre.ANNOUNCEMENT, Set.of("救助金"), "民政办", Set.of("困难群众"));
        publish(HUANGZHUANG, "城乡低保", Genre.ANNOUNCEMENT, Set.of("城乡低保"), "村委会", Set.of("村民"));
        publish(HUANGZHUANG, "百分号", Genre.ANNOUNCEMENT, Set.of("100%_合格"), "村委会", Set.of());

        assertThat(titles(HUANGZHUANG, false, filter(null, "救助", null, null, null))).containsExactly("低保名单");
        assertThat(titles(HUANGZHUANG, false, filter(null, "低保", null, null, null))).containsExactly("低保名单");
        assertThat(titles(HUANGZHUANG, false, filter(null, "救助金", null, null, null))).containsExactly("救助金发放");
        assertThat(titles(HUANGZHUANG, false, filter(null, "救", null, null, null))).isEmpty();
        assertThat(titles(HUANGZHUANG, false, filter(null, "%", null, null, null))).as("wildcards are literal").isEmpty();
        assertThat(titles(HUANGZHUANG, false, filter(null, "100%_合格", null, null, null))).containsExactly("百分号");
        assertThat(titles(HUANGZHUANG, false, filter(null, null, null, null, "村民"))).containsExactlyInAnyOrder("低保名单", "城乡低保");
        assertThat(titles(HUANGZHUANG, false, filter(null, null, "ANNOUNCEMENT", "村委会", null)))
                .containsExactlyInAnyOrder("城乡低保", "百分号");
    }

    @Test
    void the_year_filter_uses_the_year_of_publication_in_china_standard_time() {
        publish(HUANGZHUANG, "今年", Genre.ANNOUNCEMENT, Set.of(), null, Set.of());
        int year = today.getYear();
        assertThat(titles(HUANGZHUANG, false, filter(null, null, null, null, null, String.valueOf(year)))).containsExactly("今年");
        assertThat(titles(HUANGZHUANG, false, filter(null, null, null, null, null, String.valueOf(year - 1)))).isEmpty();
        // Just before midnight in Beijing on 31 December is still that year, though UTC says the same.
        Instant lateNewYearsEve = LocalDate.of(2025, 12, 31).atTime(23, 30).atZone(Notice.ZONE).toInstant();
        assertThat(CatalogFilter.yearOf(lateNewYearsEve)).isEqualTo(2025);
        Instant earlyNewYear = LocalDate.of(2026, 1, 1).atTime(0, 30).atZone(Notice.ZONE).toInstant();
        assertThat(earlyNewYear.atZone(ZoneOffset.UTC).getYear()).isEqualTo(2025);
        assertThat(CatalogFilter.yearOf(earlyNewYear)).isEqualTo(2026);
    }

    @Test
    void the_subtree_of_a_town_holds_its_villages_but_a_villages_board_never_its_neighbours() {
        publish(TOWN, "镇公告", Genre.ANNOUNCEMENT, Set.of("农业"), null, Set.of());
        publish(HUANGZHUANG, "篁庄公告", Genre.ANNOUNCEMENT, Set.of("农业"), null, Set.of());
        publish(XILI, "西里公告", Genre.ANNOUNCEMENT, Set.of("农业"), null, Set.of());
        draft(HUANGZHUANG, "篁庄草稿");

        assertThat(titles(TOWN, false, CatalogFilter.NONE)).containsExactly("镇公告");
        assertThat(titles(TOWN, true, CatalogFilter.NONE)).containsExactlyInAnyOrder("镇公告", "篁庄公告", "西里公告");
        assertThat(titles(COUNTY, true, filter(null, "农业", null, null, null))).hasSize(3);
        assertThat(titles(HUANGZHUANG, true, CatalogFilter.NONE)).containsExactly("篁庄公告");
        assertThat(titles(XILI, false, filter(null, "农业", null, null, null))).containsExactly("西里公告");
    }

    @Test
    void pages_come_from_the_database_newest_first_with_the_total() {
        for (int i = 0; i < 5; i++) {
            publish(HUANGZHUANG, "公告" + i, Genre.ANNOUNCEMENT, Set.of("财务"), null, Set.of());
        }
        publish(HUANGZHUANG, "其他主题", Genre.ANNOUNCEMENT, Set.of("党务"), null, Set.of());
        try (EntityManager em = db.open(TenantScope.own(HUANGZHUANG))) {
            Page<PublishedNotice> second = CatalogQueries.page(em, filter(null, "财务", null, null, null), Set.of(), today, 1, 2);
            assertThat(second.total()).isEqualTo(5);
            assertThat(second.items()).extracting(PublishedNotice::title).containsExactly("公告2", "公告1");
        }
    }

    @Test
    void facets_count_each_dimension_under_the_other_filters_and_file_unknown_sections_under_other() {
        publish(HUANGZHUANG, "a", Genre.ANNOUNCEMENT, Set.of("低保", "救助"), "民政办", Set.of("村民"));
        publish(HUANGZHUANG, "b", Genre.PUBLIC_NOTICE, Set.of("低保"), "民政办", Set.of("村民"));
        publish(HUANGZHUANG, "c", Genre.PUBLIC_NOTICE, Set.of("财务"), "村委会", Set.of());
        try (EntityManager em = db.open(TenantScope.own(HUANGZHUANG))) {
            var rows = CatalogQueries.rows(em, today);
            CatalogFacets all = CatalogQueries.facets(rows, CatalogFilter.NONE, Set.of("affairs", "other"));
            assertThat(all.total()).isEqualTo(3);
            assertThat(all.topics()).containsExactly(new CatalogFacets.Count("低保", 2), new CatalogFacets.Count("救助", 1),
                    new CatalogFacets.Count("财务", 1));
            assertThat(all.sections()).containsExactly(new CatalogFacets.Count("other", 3));
            assertThat(all.years()).containsExactly(new CatalogFacets.Count(String.valueOf(today.getYear()), 3));

            CatalogFacets lowIncome = CatalogQueries.facets(rows, filter(null, "低保", null, null, null), Set.of());
            assertThat(lowIncome.total()).isEqualTo(2);
            assertThat(lowIncome.topics()).as("a chosen topic still lists the others").hasSize(3);
            assertThat(lowIncome.genres()).containsExactlyInAnyOrder(new CatalogFacets.Count("ANNOUNCEMENT", 1),
                    new CatalogFacets.Count("PUBLIC_NOTICE", 1));
            assertThat(lowIncome.agencies()).containsExactly(new CatalogFacets.Count("民政办", 2));
        }
        try (EntityManager em = db.open(TenantScope.own(XILI))) {
            assertThat(CatalogQueries.rows(em, today)).as("another village's rows").isEmpty();
        }
    }

    @Test
    void the_version_changes_with_a_publication_and_a_withdrawal() {
        BoardVersion empty = version(HUANGZHUANG);
        Notice n = publish(HUANGZHUANG, "公告", Genre.ANNOUNCEMENT, Set.of(), null, Set.of());
        BoardVersion published = version(HUANGZHUANG);
        assertThat(published.tag()).isNotEqualTo(empty.tag());
        assertThat(version(TOWN).tag()).as("the town's subtree changed too").isEqualTo(published.tag());
        assertThat(version(XILI).tag()).isEqualTo(empty.tag());
        db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            em.find(Notice.class, n.id()).withdraw("reviewer", "错误", CLOCK);
            return null;
        });
        BoardVersion withdrawn = version(HUANGZHUANG);
        assertThat(withdrawn.tag()).isNotEqualTo(published.tag());
        assertThat(withdrawn.lastModified()).isAfterOrEqualTo(published.lastModified());
        assertThat(titles(HUANGZHUANG, false, CatalogFilter.NONE)).isEmpty();
        db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            org.gongshi.section.TestSections.add(em, HUANGZHUANG, "党务公开");
            return null;
        });
        assertThat(version(HUANGZHUANG).tag()).as("a new board section").isNotEqualTo(withdrawn.tag());
    }

    @Test
    void bad_filter_input_is_refused_with_a_reason() {
        assertThatThrownBy(() -> CatalogFilter.parse(null, null, "POEM", null, null, null))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("error.catalog.genre-invalid");
        assertThatThrownBy(() -> CatalogFilter.parse(null, null, null, null, null, "二〇二五"))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("error.catalog.year-invalid");
        assertThatThrownBy(() -> CatalogFilter.parse(null, null, null, null, null, "1800")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> CatalogFilter.parse(null, "主".repeat(101), null, null, null, null)).isInstanceOf(InvalidInput.class);
        assertThat(CatalogFilter.parse(" ", "", "public_notice", null, " 村民 ", "2026"))
                .isEqualTo(new CatalogFilter(null, null, Genre.PUBLIC_NOTICE, null, "村民", 2026));
        assertThat(CatalogFilter.parse(null, null, null, null, null, null).isEmpty()).isTrue();
    }

    private BoardVersion version(DivisionCode division) {
        try (EntityManager em = db.open(TenantScope.subtreeReadOnly(division))) {
            Object[] p = CatalogQueries.versionParts(em);
            return BoardVersion.of(CatalogQueries.instant(p[0]), CatalogQueries.instant(p[1]), CatalogQueries.instant(p[2]),
                    ((Number) p[3]).longValue(), ((Number) p[4]).longValue(), today);
        }
    }

    private List<String> titles(DivisionCode division, boolean subtree, CatalogFilter filter) {
        TenantScope scope = subtree ? TenantScope.subtreeReadOnly(division) : TenantScope.own(division);
        try (EntityManager em = db.open(scope)) {
            return CatalogQueries.page(em, filter, Set.of(), today, 0, 100).items().stream().map(PublishedNotice::title).toList();
        }
    }

    private static CatalogFilter filter(String section, String topic, String genre, String agency, String audience) {
        return CatalogFilter.parse(section, topic, genre, agency, audience, null);
    }

    private static CatalogFilter filter(String section, String topic, String genre, String agency, String audience, String year) {
        return CatalogFilter.parse(section, topic, genre, agency, audience, year);
    }

    private Notice publish(DivisionCode division, String title, Genre genre, Set<String> topics, String agency, Set<String> audiences) {
        boolean period = genre == Genre.PUBLIC_NOTICE;
        NoticeContent content = new NoticeContent(title, "正文", null, genre, topics, agency, audiences, null, null,
                DisclosureAttribute.PROACTIVE, null, null, period ? today : null, period ? today.plusDays(7) : null,
                null, null, false, null, null);
        return db.inTransaction(TenantScope.own(division), em -> {
            Notice n = Notice.draft(division, content, "clerk", CLOCK);
            n.submitForReview(1, "clerk", CLOCK);
            n.approve("reviewer", Set.of(), CLOCK);
            n.publish("reviewer", division.value() + "-2026-" + INDEX.incrementAndGet(), CLOCK);
            em.persist(n);
            return n;
        });
    }

    private void draft(DivisionCode division, String title) {
        db.inTransaction(TenantScope.own(division), em -> {
            em.persist(Notice.draft(division, title, "正文", "clerk", CLOCK));
            return null;
        });
    }
}
