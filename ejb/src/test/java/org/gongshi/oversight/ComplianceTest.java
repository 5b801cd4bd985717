package org.gongshi.oversight;

import org.gongshi.section.DefaultSections;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.oversight.OversightFixture.*;

class ComplianceTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 16);
    private final OversightFixture f = new OversightFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static TenantCompliance tenant(ComplianceReport report, String code) {
        return report.tenant(code).orElseThrow();
    }

    @Test
    void an_open_request_counts_as_overdue_from_the_day_after_its_due_date() {
        String id = f.request(HUANGZHUANG, "RECEIVED", DUE);
        TenantScope village = TenantScope.own(HUANGZHUANG);

        assertThat(tenant(f.compliance(village, DUE), HUANGZHUANG.value()).count(Factor.REQUEST_OVERDUE)).isZero();
        ComplianceReport dayAfter = f.compliance(village, DUE.plusDays(1));
        assertThat(tenant(dayAfter, HUANGZHUANG.value()).count(Factor.REQUEST_OVERDUE)).isEqualTo(1);
        assertThat(dayAfter.itemsOf(HUANGZHUANG.value())).filteredOn(i -> i.factor() == Factor.REQUEST_OVERDUE)
                .singleElement().satisfies(i -> {
                    assertThat(i.reference()).isEqualTo(id);
                    assertThat(i.detail()).isEqualTo("逾期1日");
                });
    }

    @Test
    void a_request_waiting_for_correction_or_answered_is_not_overdue() {
        f.request(HUANGZHUANG, "AWAITING_CORRECTION", DUE);
        f.request(HUANGZHUANG, "ANSWERED", DUE);
        f.request(HUANGZHUANG, "EXTENDED", DUE);
        assertThat(tenant(f.compliance(TenantScope.own(HUANGZHUANG), DUE.plusDays(5)), HUANGZHUANG.value())
                .count(Factor.REQUEST_OVERDUE)).isEqualTo(1);
    }

    @Test
    void a_section_is_a_zombie_once_nothing_was_published_there_for_more_than_its_rule() {
        LocalDate last = LocalDate.of(2026, 8, 1);
        for (var section : DefaultSections.forLevel(DivisionLevel.VILLAGE)) {
            f.published(HUANGZHUANG, section.key(), last);
        }
        TenantScope village = TenantScope.own(HUANGZHUANG);
        assertThat(tenant(f.compliance(village, last.plusDays(90)), HUANGZHUANG.value()).count(Factor.ZOMBIE_SECTION)).isZero();

        ComplianceReport later = f.compliance(village, last.plusDays(91));
        // 村规民约 has a year; 其他 never counts: the other six village sections are zombies.
        assertThat(tenant(later, HUANGZHUANG.value()).count(Factor.ZOMBIE_SECTION)).isEqualTo(6);
        assertThat(later.itemsOf(HUANGZHUANG.value())).extracting(ComplianceItem::reference)
                .contains("village-affairs").doesNotContain("village-rules", "other");
    }

    @Test
    void a_section_never_used_is_a_zombie_and_a_hidden_one_does_not_count() {
        f.section(HUANGZHUANG, "village-affairs", "村务公开", 1, false);
        f.section(HUANGZHUANG, "village-finance", "财务公开", 2, true);
        f.section(HUANGZHUANG, "other", "其他", 3, false);
        ComplianceReport report = f.compliance(TenantScope.own(HUANGZHUANG), DUE);
        assertThat(report.itemsOf(HUANGZHUANG.value())).singleElement().satisfies(i -> {
            assertThat(i.factor()).isEqualTo(Factor.ZOMBIE_SECTION);
            assertThat(i.title()).isEqualTo("村务公开");
            assertThat(i.detail()).startsWith("从未更新");
        });
    }

    @Test
    void a_withheld_document_counts_from_its_rereview_date() {
        f.withheld(HUANGZHUANG, DUE);
        TenantScope village = TenantScope.own(HUANGZHUANG);
        assertThat(tenant(f.compliance(village, DUE.minusDays(1)), HUANGZHUANG.value()).count(Factor.REREVIEW_DUE)).isZero();
        assertThat(tenant(f.compliance(village, DUE), HUANGZHUANG.value()).count(Factor.REREVIEW_DUE)).isEqualTo(1);
    }

    @Test
    void the_catalog_factor_is_not_assessed_until_connected_and_counted_once_connected() {
        ComplianceReport without = f.compliance(TenantScope.subtreeReadOnly(BAIZHANGJI), DUE);
        assertThat(without.catalogAssessed()).isFalse();
        assertThat(tenant(without, HUANGZHUANG.value()).deductions().getFirst().assessed()).isFalse();

        CatalogFactor catalog = (root, asOf) -> Optional.of(List.of(
                new CatalogFactor.Overdue(HUANGZHUANG.value(), "social-assistance.dibao", "社会救助", "低保", "20个工作日",
                        DUE.minusDays(3), null),
                new CatalogFactor.Overdue("330213001001", "other-county", "社会救助", "低保", "20个工作日", DUE, null)));
        ComplianceReport with = f.compliance(TenantScope.subtreeReadOnly(BAIZHANGJI), DUE, catalog);
        assertThat(with.catalogAssessed()).isTrue();
        TenantCompliance village = tenant(with, HUANGZHUANG.value());
        assertThat(village.count(Factor.CATALOG_OVERDUE)).isEqualTo(1);
        assertThat(village.deductions().getFirst().points()).isEqualTo(5);
        assertThat(with.items()).extracting(ComplianceItem::divisionCode).doesNotContain("330213001001");
    }

    @Test
    void a_county_scope_covers_its_whole_subtree_and_a_village_only_itself() {
        f.request(XILI, "RECEIVED", DUE);
        ComplianceReport county = f.compliance(TenantScope.subtreeReadOnly(WENCHENG), DUE.plusDays(1));
        assertThat(county.tenants()).hasSizeGreaterThan(200);
        assertThat(county.tenants().getFirst().divisionCode()).isEqualTo(WENCHENG.value());
        assertThat(tenant(county, XILI.value()).count(Factor.REQUEST_OVERDUE)).isEqualTo(1);

        ComplianceReport neighbour = f.compliance(TenantScope.own(HUANGZHUANG), DUE.plusDays(1));
        assertThat(neighbour.tenants()).extracting(TenantCompliance::divisionCode).containsExactly(HUANGZHUANG.value());
        assertThat(neighbour.items()).noneMatch(i -> i.divisionCode().equals(XILI.value()));
    }

    @Test
    void a_village_clerk_cannot_address_a_neighbour_and_a_town_clerk_reads_the_town_only() {
        assertThatThrownBy(() -> OversightDesk.readScope(VILLAGE_CLERK, XILI)).isInstanceOf(AccessDenied.class);
        assertThat(OversightDesk.readScope(TOWN_CLERK, BAIZHANGJI)).isEqualTo(TenantScope.own(BAIZHANGJI));
        assertThatThrownBy(() -> OversightDesk.readScope(TOWN_CLERK, HUANGZHUANG)).isInstanceOf(AccessDenied.class);
        assertThat(OversightDesk.readScope(COUNTY, BAIZHANGJI)).isEqualTo(TenantScope.subtreeReadOnly(BAIZHANGJI));
    }

    @Test
    void a_county_supervisor_cannot_address_another_county() {
        assertThatThrownBy(() -> OversightDesk.readScope(COUNTY, FENGHUA)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> OversightDesk.readScope(COUNTY, FENGHUA_VILLAGE)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void only_a_supervisor_or_a_clerk_issues_documents() {
        assertThatThrownBy(() -> OversightDesk.issueScope(VILLAGE_REVIEWER, HUANGZHUANG)).isInstanceOf(AccessDenied.class);
        assertThat(OversightDesk.issueScope(VILLAGE_CLERK, HUANGZHUANG)).isEqualTo(TenantScope.own(HUANGZHUANG));
    }

    @Test
    void the_items_of_a_tenant_outside_the_scope_are_not_found() {
        TenantScope town = TenantScope.subtreeReadOnly(BAIZHANGJI);
        assertThatThrownBy(() -> f.db.inTransaction(town, em -> desk(DUE, CatalogFactor.NOT_CONNECTED)
                .items(em, town, FENGHUA_VILLAGE))).isInstanceOf(NotFound.class);
    }

    @Test
    void a_seed_county_of_hundreds_of_divisions_is_computed_with_a_few_queries() {
        for (int i = 0; i < 200; i++) {
            f.request(XILI, "RECEIVED", DUE.minusDays(i % 40));
            f.published(HUANGZHUANG, "village-affairs", DUE.minusDays(i));
        }
        TenantScope county = TenantScope.subtreeReadOnly(WENCHENG);
        f.compliance(county, DUE); // warm up the mappings
        long start = System.nanoTime();
        ComplianceReport report = f.compliance(county, DUE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Compliance of " + report.tenants().size() + " divisions of 文成县: " + millis + " ms");
        assertThat(report.tenants()).hasSize(264);
        assertThat(millis).isLessThan(3000);
    }

    static final org.gongshi.tenancy.DivisionCode FENGHUA_VILLAGE = org.gongshi.tenancy.DivisionCode.of("330213001001");
}
