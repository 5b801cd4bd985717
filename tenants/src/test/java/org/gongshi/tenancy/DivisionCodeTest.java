package org.gongshi.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.gongshi.tenancy.SampleDivisions.BAIZHANGJI_TOWN;
import static org.gongshi.tenancy.SampleDivisions.HUANGZHUANG_VILLAGE;
import static org.gongshi.tenancy.SampleDivisions.OUHAI_DISTRICT;
import static org.gongshi.tenancy.SampleDivisions.WENCHENG_COUNTY;
import static org.gongshi.tenancy.SampleDivisions.WENZHOU_CITY;
import static org.gongshi.tenancy.SampleDivisions.XILI_VILLAGE;
import static org.gongshi.tenancy.SampleDivisions.ZHEJIANG_PROVINCE;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"33", "3303", "330328", "330328101", "330328101200"})
    void a_code_of_2_4_6_9_or_12_digits_is_accepted(String value) {
        assertThat(DivisionCode.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "330", "33032", "3303281", "33032810", "3303281012", "33032810120",
            "3303281012001"})
    void a_code_of_any_other_length_is_refused(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DivisionCode.of(value))
                .withMessageContaining("2, 4, 6, 9 or 12 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"33O328", "ab", "330328 ", " 330328", "3303-8", "３３"})
    void a_code_with_anything_but_ascii_digits_is_refused(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DivisionCode.of(value))
                .withMessageContaining("digits only");
    }

    @Test
    void a_code_is_required() {
        assertThatNullPointerException()
                .isThrownBy(() -> DivisionCode.of(null))
                .withMessage("Division code is required.");
    }

    @Test
    void the_level_follows_from_the_number_of_digits() {
        assertThat(ZHEJIANG_PROVINCE.level()).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(WENZHOU_CITY.level()).isEqualTo(DivisionLevel.CITY);
        assertThat(WENCHENG_COUNTY.level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(BAIZHANGJI_TOWN.level()).isEqualTo(DivisionLevel.TOWN);
        assertThat(HUANGZHUANG_VILLAGE.level()).isEqualTo(DivisionLevel.VILLAGE);
    }

    @Test
    void the_parent_chain_of_a_village_climbs_one_level_at_a_time_to_its_province() {
        assertThat(HUANGZHUANG_VILLAGE.parent()).contains(BAIZHANGJI_TOWN);
        assertThat(BAIZHANGJI_TOWN.parent()).contains(WENCHENG_COUNTY);
        assertThat(WENCHENG_COUNTY.parent()).contains(WENZHOU_CITY);
        assertThat(WENZHOU_CITY.parent()).contains(ZHEJIANG_PROVINCE);
        assertThat(ZHEJIANG_PROVINCE.parent()).isEqualTo(Optional.empty());
    }

    @Test
    void village_code_is_contained_in_its_town_county_city_and_province() {
        assertThat(BAIZHANGJI_TOWN.contains(HUANGZHUANG_VILLAGE)).isTrue();
        assertThat(WENCHENG_COUNTY.contains(HUANGZHUANG_VILLAGE)).isTrue();
        assertThat(WENZHOU_CITY.contains(HUANGZHUANG_VILLAGE)).isTrue();
        assertThat(ZHEJIANG_PROVINCE.contains(HUANGZHUANG_VILLAGE)).isTrue();
    }

    @Test
    void a_village_does_not_contain_its_town() {
        assertThat(HUANGZHUANG_VILLAGE.contains(BAIZHANGJI_TOWN)).isFalse();
        assertThat(BAIZHANGJI_TOWN.contains(WENCHENG_COUNTY)).isFalse();
    }

    @Test
    void a_code_contains_itself() {
        assertThat(HUANGZHUANG_VILLAGE.contains(DivisionCode.of("330328101200"))).isTrue();
    }

    @Test
    void neighbouring_villages_and_counties_do_not_contain_each_other() {
        assertThat(HUANGZHUANG_VILLAGE.contains(XILI_VILLAGE)).isFalse();
        assertThat(XILI_VILLAGE.contains(HUANGZHUANG_VILLAGE)).isFalse();
        assertThat(OUHAI_DISTRICT.contains(HUANGZHUANG_VILLAGE)).isFalse();
    }

    @Test
    void codes_are_equal_by_value_and_print_as_their_value() {
        assertThat(DivisionCode.of("330328")).isEqualTo(WENCHENG_COUNTY).hasSameHashCodeAs(WENCHENG_COUNTY);
        assertThat(WENCHENG_COUNTY).hasToString("330328");
    }

    @Test
    void codes_sort_each_division_before_its_descendants() {
        assertThat(WENCHENG_COUNTY).isLessThan(BAIZHANGJI_TOWN);
        assertThat(BAIZHANGJI_TOWN).isLessThan(HUANGZHUANG_VILLAGE);
        assertThat(HUANGZHUANG_VILLAGE).isLessThan(XILI_VILLAGE);
    }

    @Test
    void a_length_that_is_no_level_is_refused() {
        assertThat(DivisionLevel.ofLength(9)).isEqualTo(DivisionLevel.TOWN);
        assertThatIllegalArgumentException().isThrownBy(() -> DivisionLevel.ofLength(8));
    }
}
