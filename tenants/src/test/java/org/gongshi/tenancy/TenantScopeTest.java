package org.gongshi.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.SampleDivisions.BAIZHANGJI_TOWN;
import static org.gongshi.tenancy.SampleDivisions.FENGZHONG_COMMUNITY;
import static org.gongshi.tenancy.SampleDivisions.HUANGZHUANG_VILLAGE;
import static org.gongshi.tenancy.SampleDivisions.WENCHENG_COUNTY;
import static org.gongshi.tenancy.SampleDivisions.WENZHOU_CITY;
import static org.gongshi.tenancy.SampleDivisions.XILI_VILLAGE;

import org.junit.jupiter.api.Test;

class TenantScopeTest {

    @Test
    void a_village_clerk_reads_and_writes_their_own_village() {
        TenantScope village = TenantScope.own(HUANGZHUANG_VILLAGE);

        assertThat(village.canRead(HUANGZHUANG_VILLAGE)).isTrue();
        assertThat(village.canWrite(HUANGZHUANG_VILLAGE)).isTrue();
    }

    @Test
    void a_village_cannot_read_or_write_its_neighbour_or_its_town() {
        TenantScope village = TenantScope.own(HUANGZHUANG_VILLAGE);

        assertThat(village.canRead(XILI_VILLAGE)).isFalse();
        assertThat(village.canWrite(XILI_VILLAGE)).isFalse();
        assertThat(village.canRead(BAIZHANGJI_TOWN)).isFalse();
    }

    @Test
    void a_town_of_its_own_does_not_read_its_villages() {
        TenantScope town = TenantScope.own(BAIZHANGJI_TOWN);

        assertThat(town.canRead(BAIZHANGJI_TOWN)).isTrue();
        assertThat(town.canRead(HUANGZHUANG_VILLAGE)).isFalse();
        assertThat(town.canWrite(HUANGZHUANG_VILLAGE)).isFalse();
    }

    @Test
    void a_county_subtree_reads_every_town_and_village_beneath_it() {
        TenantScope county = TenantScope.subtreeReadOnly(WENCHENG_COUNTY);

        assertThat(county.canRead(WENCHENG_COUNTY)).isTrue();
        assertThat(county.canRead(BAIZHANGJI_TOWN)).isTrue();
        assertThat(county.canRead(HUANGZHUANG_VILLAGE)).isTrue();
        assertThat(county.canRead(XILI_VILLAGE)).isTrue();
    }

    @Test
    void a_county_subtree_reads_nothing_outside_the_county() {
        TenantScope county = TenantScope.subtreeReadOnly(WENCHENG_COUNTY);

        assertThat(county.canRead(FENGZHONG_COMMUNITY)).isFalse();
        assertThat(county.canRead(WENZHOU_CITY)).isFalse();
    }

    @Test
    void a_county_subtree_writes_nothing_not_even_the_county_itself() {
        TenantScope county = TenantScope.subtreeReadOnly(WENCHENG_COUNTY);

        assertThat(county.canWrite(WENCHENG_COUNTY)).isFalse();
        assertThat(county.canWrite(BAIZHANGJI_TOWN)).isFalse();
        assertThat(county.canWrite(HUANGZHUANG_VILLAGE)).isFalse();
    }

    @Test
    void an_own_scope_matches_its_exact_code_in_sql() {
        assertThat(TenantScope.own(BAIZHANGJI_TOWN).likePattern()).isEqualTo("330328101");
    }

    @Test
    void a_subtree_scope_matches_every_code_that_starts_with_its_own_in_sql() {
        assertThat(TenantScope.subtreeReadOnly(WENCHENG_COUNTY).likePattern()).isEqualTo("330328%");
    }
}
