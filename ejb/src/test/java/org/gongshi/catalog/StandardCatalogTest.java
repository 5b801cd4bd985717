package org.gongshi.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled templates (standard-catalog.csv): the keys other capabilities rely on, with real fields. */
class StandardCatalogTest {

    private final StandardCatalog seed = StandardCatalog.seed();

    @Test
    void the_seed_holds_every_key_other_capabilities_use() {
        List<String> keys = seed.all().stream().map(StandardItem::key).toList();
        assertThat(keys).contains("social-assistance.dibao", "social-assistance.tekun", "social-assistance.temporary",
                "social-assistance.medical", "poverty.households", "poverty.funds-projects", "open.annual-report",
                "open.oversight", "other", "open.frequently-requested");
        for (CatalogLevel level : CatalogLevel.values()) {
            assertThat(seed.find(level, "other")).as("other at " + level).isPresent();
            assertThat(seed.find(level, "social-assistance.dibao")).as("dibao at " + level).isPresent();
            assertThat(seed.find(level, "open.frequently-requested").orElseThrow().mandatory()).isTrue();
        }
    }

    @Test
    void the_minimum_living_allowance_item_carries_the_fields_of_the_guidelines() {
        StandardItem dibao = seed.find(CatalogLevel.VILLAGE, "social-assistance.dibao").orElseThrow();
        assertThat(dibao.level1()).isEqualTo("社会救助");
        assertThat(dibao.level2()).isEqualTo("最低生活保障");
        assertThat(dibao.contentElements()).contains("初审对象名单").contains("去标识化");
        assertThat(dibao.legalBasis()).contains("《社会救助暂行办法》");
        assertThat(dibao.rule().text()).isEqualTo("信息形成或变更之日起20个工作日内");
        assertThat(dibao.responsible()).isEqualTo("村民委员会");
        assertThat(dibao.channels()).contains("村务公开栏/电子屏", "公开查阅点");
        assertThat(dibao.mode()).isEqualTo(DisclosureMode.PROACTIVE);
        assertThat(dibao.mandatory()).isTrue();
        assertThat(seed.find(CatalogLevel.COUNTY_DEPARTMENT, "social-assistance.dibao").orElseThrow().responsible())
                .isEqualTo("县民政局");
    }

    @Test
    void towns_have_the_items_of_article_21_and_villages_the_items_of_village_affairs() {
        for (String key : List.of("rural.policy", "rural.irrigation", "land.contract-transfer", "homestead.review",
                "land.expropriation", "house.expropriation", "fund-labour.raising", "social-assistance.dibao")) {
            StandardItem item = seed.find(CatalogLevel.TOWN, key).orElseThrow(() -> new AssertionError(key));
            assertThat(item.legalBasis()).as(key).containsAnyOf("第二十一条", "社会救助暂行办法");
        }
        assertThat(seed.find(CatalogLevel.VILLAGE, "village.finance").orElseThrow().rule().text()).isEqualTo("每季度更新");
        assertThat(seed.find(CatalogLevel.VILLAGE, "village.decisions").orElseThrow().legalBasis()).contains("村民委员会组织法");
        assertThat(seed.find(CatalogLevel.COUNTY_DEPARTMENT, "budget.departments").orElseThrow().legalBasis()).contains("预算法");
        assertThat(seed.find(CatalogLevel.COUNTY_DEPARTMENT, "major-projects.approval").orElseThrow().legalBasis())
                .contains("国办发〔2017〕94号");
        assertThat(seed.find(CatalogLevel.COUNTY_DEPARTMENT, "open.annual-report").orElseThrow().rule().text())
                .isEqualTo("每年1月31日前");
        assertThat(seed.find(CatalogLevel.VILLAGE, "open.annual-report")).as("village committees are no agencies").isEmpty();
    }

    @Test
    void the_seed_names_its_sources_and_the_day_it_applies_from() throws Exception {
        try (var in = StandardCatalog.class.getResourceAsStream(StandardCatalog.RESOURCE)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).contains("国办发〔2019〕54号").contains("第二十一条".isEmpty() ? "" : "Art. 21")
                    .contains("村民委员会组织法");
        }
        assertThat(seed.effectiveFrom()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
    }
}
