package org.gongshi.section;

import jakarta.persistence.EntityManager;
import org.gongshi.access.TestDatabase;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sections of a board, on the real mappings and migrations (H2, or PostgreSQL with GONGSHI_DB_URL). */
class BoardSectionTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final DivisionCode XILI = DivisionCode.of("330328101202");
    private static final DivisionCode SHANGWANG = DivisionCode.of("330328101212");
    private static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");
    private static final DivisionCode WENCHENG = DivisionCode.of("330328");

    private static TestDatabase db;

    @BeforeAll
    static void open() {
        db = new TestDatabase();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<SectionView> sections(DivisionCode division) {
        try (EntityManager em = db.open(TenantScope.own(division))) {
            return SectionBoard.list(em, division);
        }
    }

    /** One use case in its own transaction, rolled back when it refuses (as the container does). */
    private static <T> T in(DivisionCode division, java.util.function.Function<EntityManager, T> work) {
        try (EntityManager em = db.open(TenantScope.own(division))) {
            em.getTransaction().begin();
            try {
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            }
        }
    }

    private static SectionView section(DivisionCode division, String key) {
        return sections(division).stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private static void assertDenseAndOrdered(List<SectionView> sections) {
        assertThat(sections).extracting(SectionView::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, sections.size()).boxed().toList());
    }

    @Test
    void a_village_and_a_town_that_never_changed_their_boards_read_their_own_levels_defaults() {
        assertThat(sections(XILI)).extracting(SectionView::name)
                .containsExactly("村务公开", "财务公开", "社会救助", "扶贫项目与资金", "土地与宅基地", "惠农补贴", "村规民约", "其他");
        assertThat(sections(BAIZHANGJI)).extracting(SectionView::name)
                .containsExactly("政策文件", "政策解读", "社会救助", "乡村振兴与扶贫", "土地征收与补偿", "财政预决算",
                        "重大建设项目", "公共服务", "其他");
        assertThat(sections(XILI)).allMatch(s -> s.version() == 0 && !s.hidden());
        assertDenseAndOrdered(sections(XILI));
        assertDenseAndOrdered(sections(WENCHENG));
        assertThat(sections(WENCHENG)).extracting(SectionView::key).contains("public-consultation").last()
                .isEqualTo(DefaultSections.OTHER);
    }

    @Test
    void the_first_change_stores_the_defaults_and_add_rename_and_move_keep_positions_dense_and_ordered() {
        in(HUANGZHUANG, em -> SectionBoard.change(em, HUANGZHUANG, "village-rules", new SectionBoard.Change("村规民约与自治章程", null, null), 0));
        assertThat(section(HUANGZHUANG, "village-rules").name()).isEqualTo("村规民约与自治章程");
        assertThat(section(HUANGZHUANG, "village-rules").version()).isPositive();
        assertDenseAndOrdered(sections(HUANGZHUANG));

        SectionView added = SectionView.of(in(HUANGZHUANG, em -> SectionBoard.add(em, HUANGZHUANG, "  党务公开 ")));
        assertThat(added.key()).isEqualTo("custom-1");
        assertThat(added.name()).isEqualTo("党务公开");
        assertThat(sections(HUANGZHUANG)).last().extracting(SectionView::key).isEqualTo("custom-1");
        assertThat(SectionView.of(in(HUANGZHUANG, em -> SectionBoard.add(em, HUANGZHUANG, "集体经济"))).key()).isEqualTo("custom-2");

        SectionView party = section(HUANGZHUANG, "custom-1");
        in(HUANGZHUANG, em -> SectionBoard.change(em, HUANGZHUANG, "custom-1", new SectionBoard.Change(null, 1, null), party.version()));
        List<SectionView> after = sections(HUANGZHUANG);
        assertThat(after).extracting(SectionView::key).startsWith("custom-1", "village-affairs", "village-finance");
        assertThat(after).extracting(SectionView::key).endsWith("other", "custom-2");
        assertDenseAndOrdered(after);

        SectionView finance = section(HUANGZHUANG, "village-finance");
        in(HUANGZHUANG, em -> SectionBoard.change(em, HUANGZHUANG, "village-finance", new SectionBoard.Change(null, 99, null), finance.version()));
        assertThat(sections(HUANGZHUANG)).last().extracting(SectionView::key).isEqualTo("village-finance");
        assertDenseAndOrdered(sections(HUANGZHUANG));
    }

    @Test
    void a_hidden_section_stays_on_the_list_for_staff_and_is_still_a_known_key() {
        in(SHANGWANG, em -> SectionBoard.change(em, SHANGWANG, "farm-subsidies", new SectionBoard.Change(null, null, true), 0));
        assertThat(section(SHANGWANG, "farm-subsidies").hidden()).isTrue();
        try (EntityManager em = db.open(TenantScope.own(SHANGWANG))) {
            assertThat(SectionBoard.isKnown(em, SHANGWANG, "farm-subsidies")).isTrue();
            assertThat(SectionBoard.isKnown(em, SHANGWANG, "no-such-section")).isFalse();
        }
    }

    @Test
    void a_stale_version_is_refused_as_a_concurrent_edit_and_changes_nothing() {
        DivisionCode village = DivisionCode.of("330328101203");
        in(village, em -> SectionBoard.change(em, village, "village-affairs", new SectionBoard.Change("村务", null, null), 0));
        long read = section(village, "village-affairs").version();
        in(village, em -> SectionBoard.change(em, village, "village-affairs", new SectionBoard.Change("村务公开栏", null, null), read));

        assertThatThrownBy(() -> in(village, em -> SectionBoard.change(em, village, "village-affairs",
                new SectionBoard.Change("旧版本的改名", null, null), read))).isInstanceOf(ConcurrentEdit.class);
        // The virtual version 0 is stale too once the defaults are stored.
        assertThatThrownBy(() -> in(village, em -> SectionBoard.change(em, village, "village-finance",
                new SectionBoard.Change("财务", null, null), 0))).isInstanceOf(ConcurrentEdit.class);
        assertThat(section(village, "village-affairs").name()).isEqualTo("村务公开栏");
    }

    @Test
    void names_must_be_present_short_and_unique_within_the_board() {
        DivisionCode village = DivisionCode.of("330328101204");
        assertThatThrownBy(() -> in(village, em -> SectionBoard.add(em, village, " ")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.section.name-required");
        assertThatThrownBy(() -> in(village, em -> SectionBoard.add(em, village, "一".repeat(31))))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.section.name-too-long");
        assertThatThrownBy(() -> in(village, em -> SectionBoard.add(em, village, "财务公开")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.section.name-taken");
        assertThat(SectionView.of(in(village, em -> SectionBoard.add(em, village, "一".repeat(30)))).name()).hasSize(30);
    }

    @Test
    void another_divisions_entity_manager_never_sees_the_sections() {
        DivisionCode village = DivisionCode.of("330328101218");
        in(village, em -> SectionBoard.add(em, village, "只属于本村的栏目"));
        String id;
        try (EntityManager own = db.open(TenantScope.own(village))) {
            List<BoardSection> rows = SectionBoard.stored(own, village);
            assertThat(rows).isNotEmpty();
            id = rows.get(0).id();
        }
        try (EntityManager neighbour = db.open(TenantScope.own(XILI))) {
            assertThat(neighbour.find(BoardSection.class, id)).isNull();
            assertThat(neighbour.createQuery("SELECT s FROM BoardSection s", BoardSection.class).getResultList())
                    .noneMatch(s -> s.divisionCode().equals(village.value()));
            // Asked for the other village by code, the neighbour's manager reads only defaults, never the rows.
            assertThat(SectionBoard.list(neighbour, village)).extracting(SectionView::name).doesNotContain("只属于本村的栏目");
        }
        try (EntityManager town = db.open(TenantScope.own(BAIZHANGJI))) {
            assertThat(town.find(BoardSection.class, id)).isNull();
        }
    }

    @Test
    void only_a_tenant_administrator_of_the_division_or_above_it_administers_its_sections() {
        StaffIdentity countyAdmin = new StaffIdentity("wc-admin", "管理员", WENCHENG, Set.of(StaffRole.TENANT_ADMIN));
        StaffIdentity clerk = new StaffIdentity("wc-hz-clerk", "王秀英", HUANGZHUANG, Set.of(StaffRole.CLERK));
        StaffIdentity villageAdmin = new StaffIdentity("xl-admin", "管理员", XILI, Set.of(StaffRole.TENANT_ADMIN));
        assertThat(BoardSectionService.administers(countyAdmin, HUANGZHUANG)).isTrue();
        assertThat(BoardSectionService.administers(countyAdmin, DivisionCode.of("330213001001"))).isFalse();
        assertThat(BoardSectionService.administers(clerk, HUANGZHUANG)).isFalse();
        assertThat(BoardSectionService.administers(villageAdmin, HUANGZHUANG)).isFalse();
        assertThat(BoardSectionService.administers(villageAdmin, BAIZHANGJI)).isFalse();
    }
}
