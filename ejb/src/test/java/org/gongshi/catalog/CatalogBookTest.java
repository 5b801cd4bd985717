package org.gongshi.catalog;

import jakarta.persistence.EntityManager;
import org.gongshi.access.TestDatabase;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Push and adaptation of the standard catalog, on the real mappings and migrations. */
class CatalogBookTest {

    static final DivisionCode WENCHENG = DivisionCode.of("330328");
    static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");
    static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    static final DivisionCode XILI = DivisionCode.of("330328101202");
    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private TestDatabase db;

    @BeforeEach
    void open() {
        db = new TestDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private <T> T in(DivisionCode division, Function<EntityManager, T> work) {
        return db.inTransaction(TenantScope.own(division), work);
    }

    private List<PushedCatalogItem> pushes() {
        return in(WENCHENG, em -> CatalogBook.pushesOf(em, WENCHENG));
    }

    private List<CatalogItem> catalog(DivisionCode division) {
        List<PushedCatalogItem> pushes = pushes();
        return in(division, em -> CatalogBook.effective(division, pushes, CatalogBook.adaptationsOf(em, division)));
    }

    private CatalogItem item(DivisionCode division, String key) {
        return catalog(division).stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private void adapt(DivisionCode division, String key, String level2, Boolean enabled, long version) {
        List<PushedCatalogItem> pushes = pushes();
        in(division, em -> CatalogBook.adapt(em, division, pushes, key, new CatalogBook.Adapt(level2, enabled, false),
                version, "admin", NOW, TODAY));
    }

    static CatalogDraft draft(String key, Set<CatalogLevel> levels, String level2, String rule, boolean mandatory) {
        return new CatalogDraft(key, levels, "社会救助", level2, "名单、标准", "《社会救助暂行办法》", UpdateRule.parse(rule),
                "县民政局", List.of("村务公开栏/电子屏"), "全社会", DisclosureMode.PROACTIVE, mandatory);
    }

    private PushedCatalogItem push(CatalogDraft draft) {
        return in(WENCHENG, em -> CatalogBook.push(em, WENCHENG, draft, "county", NOW, TODAY));
    }

    @Test
    void a_division_that_never_adapted_reads_its_levels_template() {
        List<CatalogItem> village = catalog(HUANGZHUANG);
        assertThat(village).extracting(CatalogItem::key).contains("social-assistance.dibao", "village.finance", "other")
                .doesNotContain("open.annual-report");
        assertThat(village).allSatisfy(i -> {
            assertThat(i.level()).isEqualTo(CatalogLevel.VILLAGE);
            assertThat(i.enabled()).isTrue();
            assertThat(i.version()).isZero();
            assertThat(i.origin()).isEqualTo(CatalogItem.Origin.STANDARD);
        });
        assertThat(catalog(BAIZHANGJI)).extracting(CatalogItem::key).contains("rural.policy", "open.annual-report");
        assertThat(catalog(WENCHENG)).extracting(CatalogItem::level).containsOnly(CatalogLevel.COUNTY_DEPARTMENT);
    }

    @Test
    void a_tenant_renames_and_disables_within_limits_and_only_its_own_catalog_changes() {
        adapt(HUANGZHUANG, "social-assistance.temporary", "临时救助（含急难救助）", null, 0);
        CatalogItem renamed = item(HUANGZHUANG, "social-assistance.temporary");
        assertThat(renamed.level2()).isEqualTo("临时救助（含急难救助）");
        assertThat(renamed.standardLevel2()).isEqualTo("临时救助");
        assertThat(renamed.adapted()).isTrue();
        assertThat(item(XILI, "social-assistance.temporary").level2()).as("the neighbour is untouched").isEqualTo("临时救助");

        adapt(HUANGZHUANG, "village.rules", null, false, 0);
        assertThat(item(HUANGZHUANG, "village.rules").enabled()).isFalse();

        assertThatThrownBy(() -> adapt(HUANGZHUANG, "social-assistance.dibao", null, false, 0))
                .isInstanceOf(InvalidInput.class).hasMessage("error.catalog.mandatory");
        assertThatThrownBy(() -> adapt(HUANGZHUANG, "social-assistance.tekun", " ", null, 0))
                .isInstanceOf(InvalidInput.class).hasMessage("error.catalog.level2-required");
        assertThatThrownBy(() -> adapt(HUANGZHUANG, "social-assistance.tekun", "救".repeat(41), null, 0))
                .isInstanceOf(InvalidInput.class).hasMessage("error.catalog.level2-too-long");
        assertThatThrownBy(() -> adapt(HUANGZHUANG, "social-assistance.tekun", "最低生活保障", null, 0))
                .as("two items of one level-1 cannot share a name").isInstanceOf(InvalidInput.class)
                .hasMessage("error.catalog.name-taken");
        long version = item(HUANGZHUANG, "social-assistance.temporary").version();
        assertThatThrownBy(() -> adapt(HUANGZHUANG, "social-assistance.temporary", "临时救助", null, version + 1))
                .isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void a_tenant_adds_an_own_item_under_a_generated_key() {
        CatalogDraft own = new CatalogDraft(null, null, "村务公开", "村级公益事业建设", "项目、资金、施工单位", "",
                UpdateRule.parse("quarterly"), "村民委员会", List.of("村务公开栏/电子屏"), "本村村民", null, true);
        in(HUANGZHUANG, em -> CatalogBook.addOwn(em, HUANGZHUANG, List.of(), own, "admin", NOW, TODAY));
        CatalogItem added = item(HUANGZHUANG, "own-1");
        assertThat(added.origin()).isEqualTo(CatalogItem.Origin.OWN);
        assertThat(added.mandatory()).as("an own item is never mandatory").isFalse();
        assertThat(added.since()).isEqualTo(TODAY);
        assertThat(added.ruleText()).isEqualTo("每季度更新");
        assertThat(catalog(XILI)).extracting(CatalogItem::key).doesNotContain("own-1");
        in(HUANGZHUANG, em -> CatalogBook.addOwn(em, HUANGZHUANG, List.of(),
                new CatalogDraft(null, null, "村务公开", "村级公益事业建设（二期）", "", "", UpdateRule.parse("event"), "", null,
                        "", null, false), "admin", NOW, TODAY));
        assertThat(item(HUANGZHUANG, "own-2").level2()).isEqualTo("村级公益事业建设（二期）");
    }

    @Test
    void a_county_push_changes_the_item_everywhere_but_keeps_a_tenants_adaptation_marked_for_review() {
        adapt(HUANGZHUANG, "social-assistance.temporary", "临时救助（急难）", null, 0);

        PushedCatalogItem pushed = push(draft("social-assistance.temporary", Set.of(CatalogLevel.VILLAGE, CatalogLevel.TOWN),
                "临时救助和急难救助", "working-days:10", true));
        assertThat(pushed.revision()).isEqualTo(1);

        CatalogItem neighbour = item(XILI, "social-assistance.temporary");
        assertThat(neighbour.level2()).isEqualTo("临时救助和急难救助");
        assertThat(neighbour.ruleText()).isEqualTo("信息形成或变更之日起10个工作日内");
        assertThat(neighbour.origin()).isEqualTo(CatalogItem.Origin.PUSHED);
        assertThat(neighbour.upstreamChanged()).isFalse();
        assertThat(neighbour.since()).as("the item existed before the push").isEqualTo(StandardCatalog.seed().effectiveFrom());

        CatalogItem adapted = item(HUANGZHUANG, "social-assistance.temporary");
        assertThat(adapted.level2()).as("the tenant's name is kept").isEqualTo("临时救助（急难）");
        assertThat(adapted.standardLevel2()).isEqualTo("临时救助和急难救助");
        assertThat(adapted.ruleText()).as("fields a tenant cannot change follow the county").contains("10个工作日");
        assertThat(adapted.upstreamChanged()).isTrue();
        assertThat(item(WENCHENG, "social-assistance.temporary").level2()).as("not pushed to county departments")
                .isEqualTo("临时救助");

        // The tenant reviews: keeps its name, the mark goes.
        List<PushedCatalogItem> pushes = pushes();
        in(HUANGZHUANG, em -> CatalogBook.adapt(em, HUANGZHUANG, pushes, "social-assistance.temporary",
                new CatalogBook.Adapt(null, null, true), adapted.version(), "admin", NOW, TODAY));
        CatalogItem reviewed = item(HUANGZHUANG, "social-assistance.temporary");
        assertThat(reviewed.upstreamChanged()).isFalse();
        assertThat(reviewed.level2()).isEqualTo("临时救助（急难）");

        // A second push marks it again; a reset takes the county's version.
        assertThat(push(draft("social-assistance.temporary", Set.of(CatalogLevel.VILLAGE), "临时救助", "working-days:20", true))
                .revision()).isEqualTo(2);
        CatalogItem again = item(HUANGZHUANG, "social-assistance.temporary");
        assertThat(again.upstreamChanged()).isTrue();
        in(HUANGZHUANG, em -> CatalogBook.reset(em, HUANGZHUANG, "social-assistance.temporary", again.version()));
        CatalogItem reset = item(HUANGZHUANG, "social-assistance.temporary");
        assertThat(reset.level2()).isEqualTo("临时救助");
        assertThat(reset.adapted()).isFalse();
        assertThat(reset.version()).isZero();
    }

    @Test
    void a_county_adds_a_new_item_for_the_levels_it_names_and_a_mandatory_push_reenables_a_disabled_item() {
        PushedCatalogItem added = push(draft(null, Set.of(CatalogLevel.VILLAGE), "困难群众价格临时补贴", "quarterly", false));
        assertThat(added.key()).isEqualTo("county-1");
        CatalogItem item = item(XILI, "county-1");
        assertThat(item.since()).isEqualTo(TODAY);
        assertThat(catalog(BAIZHANGJI)).extracting(CatalogItem::key).doesNotContain("county-1");

        adapt(XILI, "village.rules", null, false, 0);
        assertThat(item(XILI, "village.rules").enabled()).isFalse();
        push(new CatalogDraft("village.rules", Set.of(CatalogLevel.VILLAGE), "村务公开", "村规民约、村民自治章程", "", "",
                UpdateRule.parse("long-term"), "村民委员会", List.of(), "本村村民", DisclosureMode.PROACTIVE, true));
        CatalogItem rules = item(XILI, "village.rules");
        assertThat(rules.enabled()).as("made mandatory by the county").isTrue();
        assertThat(rules.upstreamChanged()).isTrue();
    }

    @Test
    void only_a_county_pushes_and_keys_and_fields_are_checked() {
        assertThatThrownBy(() -> in(BAIZHANGJI, em -> CatalogBook.push(em, BAIZHANGJI,
                draft(null, null, "x", "monthly", false), "town", NOW, TODAY)))
                .isInstanceOf(InvalidInput.class).hasMessage("error.catalog.push-county-only");
        assertThatThrownBy(() -> draft("Bad Key!", null, "x", "monthly", false))
                .isInstanceOf(InvalidInput.class).hasMessage("error.catalog.key-invalid");
        assertThatThrownBy(() -> new CatalogDraft(null, null, "社会救助", "名单", "", "", null, "", null, "", null, false))
                .isInstanceOf(InvalidInput.class).hasMessage("error.catalog.rule-required");
        assertThatThrownBy(() -> CatalogDraft.rule("weekly")).isInstanceOf(InvalidInput.class)
                .hasMessage("error.catalog.rule-invalid");
    }

    @Test
    void a_village_entity_manager_never_sees_its_neighbours_adaptations() {
        adapt(HUANGZHUANG, "village.rules", "村规民约", false, 0);
        assertThat(in(XILI, CatalogBook::adaptations)).isEmpty();
        assertThat(in(HUANGZHUANG, CatalogBook::adaptations)).hasSize(1);
        assertThat(db.inTransaction(TenantScope.subtreeReadOnly(BAIZHANGJI), CatalogBook::adaptations)).hasSize(1);
    }
}
