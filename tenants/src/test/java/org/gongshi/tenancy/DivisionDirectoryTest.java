package org.gongshi.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.tenancy.SampleDivisions.BAIZHANGJI_TOWN;
import static org.gongshi.tenancy.SampleDivisions.HUANGZHUANG_VILLAGE;
import static org.gongshi.tenancy.SampleDivisions.NINGBO_CITY;
import static org.gongshi.tenancy.SampleDivisions.OUHAI_DISTRICT;
import static org.gongshi.tenancy.SampleDivisions.WENCHENG_COUNTY;
import static org.gongshi.tenancy.SampleDivisions.WENZHOU_CITY;
import static org.gongshi.tenancy.SampleDivisions.XILI_VILLAGE;
import static org.gongshi.tenancy.SampleDivisions.ZHEJIANG_PROVINCE;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class DivisionDirectoryTest {

    private final DivisionDirectory seed = DivisionDirectory.seed();

    @Test
    void the_seed_holds_the_four_counties_with_their_provinces_cities_towns_and_villages() {
        assertThat(seed.atLevel(DivisionLevel.PROVINCE)).hasSize(2);
        assertThat(seed.atLevel(DivisionLevel.CITY)).hasSize(3);
        assertThat(seed.atLevel(DivisionLevel.COUNTY)).extracting(Division::name)
                .containsExactly("奉化区", "瓯海区", "文成县", "游仙区");
        assertThat(seed.atLevel(DivisionLevel.TOWN)).hasSize(57);
        assertThat(seed.atLevel(DivisionLevel.VILLAGE)).hasSize(975);
        assertThat(seed.size()).isEqualTo(1041);
    }

    @Test
    void the_seed_is_loaded_once() {
        assertThat(DivisionDirectory.seed()).isSameAs(seed);
    }

    @Test
    void a_village_is_found_with_its_name_level_and_town() {
        assertThat(seed.find(HUANGZHUANG_VILLAGE)).contains(
                new Division(HUANGZHUANG_VILLAGE, "篁庄村委会", DivisionLevel.VILLAGE, BAIZHANGJI_TOWN));
        assertThat(seed.require(BAIZHANGJI_TOWN).name()).isEqualTo("百丈漈镇");
    }

    @Test
    void the_full_name_of_a_village_runs_from_its_province_down() {
        assertThat(seed.fullName(HUANGZHUANG_VILLAGE)).isEqualTo("浙江省 温州市 文成县 百丈漈镇 篁庄村委会");
        assertThat(seed.fullName(ZHEJIANG_PROVINCE)).isEqualTo("浙江省");
    }

    @Test
    void the_lineage_of_a_village_starts_at_its_province_and_ends_at_the_village() {
        assertThat(seed.lineage(HUANGZHUANG_VILLAGE)).extracting(Division::code)
                .containsExactly(ZHEJIANG_PROVINCE, WENZHOU_CITY, WENCHENG_COUNTY, BAIZHANGJI_TOWN, HUANGZHUANG_VILLAGE);
    }

    @Test
    void children_are_the_divisions_directly_beneath_sorted_by_code() {
        // The file lists 温州市 before 宁波市; children come sorted by code all the same.
        assertThat(seed.children(ZHEJIANG_PROVINCE)).extracting(Division::code)
                .containsExactly(NINGBO_CITY, WENZHOU_CITY);
        assertThat(seed.children(WENZHOU_CITY)).extracting(Division::code)
                .containsExactly(OUHAI_DISTRICT, WENCHENG_COUNTY);

        List<Division> villages = seed.children(BAIZHANGJI_TOWN);
        assertThat(villages).hasSize(10)
                .allSatisfy(village -> assertThat(village.parentCode()).isEqualTo(BAIZHANGJI_TOWN))
                .isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
        assertThat(villages).extracting(Division::code).startsWith(HUANGZHUANG_VILLAGE, XILI_VILLAGE);
    }

    @Test
    void a_village_has_no_children() {
        assertThat(seed.children(HUANGZHUANG_VILLAGE)).isEmpty();
    }

    @Test
    void the_lists_handed_out_cannot_be_changed() {
        assertThatThrownBy(() -> seed.children(BAIZHANGJI_TOWN).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> seed.atLevel(DivisionLevel.COUNTY).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_unknown_code_is_not_found_and_cannot_be_required() {
        DivisionCode unknown = DivisionCode.of("330328101999");

        assertThat(seed.find(unknown)).isEmpty();
        assertThatThrownBy(() -> seed.require(unknown))
                .isInstanceOf(UnknownDivisionException.class)
                .hasMessageContaining("330328101999");
        assertThatThrownBy(() -> seed.fullName(unknown)).isInstanceOf(UnknownDivisionException.class);
        assertThatThrownBy(() -> seed.children(unknown)).isInstanceOf(UnknownDivisionException.class);
    }

    @Test
    void a_directory_loads_from_any_reader_with_quoted_names_and_a_byte_order_mark() {
        DivisionDirectory directory = load("\uFEFFcode,name,level,parent_code\r\n"
                + "33,浙江省,PROVINCE,\r\n"
                + "3303,\"温州市\",CITY,33\r\n"
                + "330328,\"文成县, \"\"县\"\"\",COUNTY,3303\r\n");

        assertThat(directory.size()).isEqualTo(3);
        assertThat(directory.fullName(WENCHENG_COUNTY)).isEqualTo("浙江省 温州市 文成县, \"县\"");
    }

    @Test
    void a_row_with_too_few_fields_is_reported_with_its_line_number() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load("""
                        code,name,level,parent_code
                        33,浙江省,PROVINCE,
                        3303,温州市,CITY
                        """))
                .withMessageContaining("line 3");
    }

    @Test
    void a_row_with_a_bad_code_is_reported_with_its_line_number() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load("""
                        code,name,level,parent_code
                        33,浙江省,PROVINCE,
                        3303,温州市,CITY,33
                        33032X,文成县,COUNTY,3303
                        """))
                .withMessageContaining("line 4")
                .withMessageContaining("33032X");
    }

    @Test
    void a_row_whose_level_does_not_match_its_code_is_reported_with_its_line_number() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load("""
                        code,name,level,parent_code
                        33,浙江省,PROVINCE,
                        3303,温州市,COUNTY,33
                        """))
                .withMessageContaining("line 3");
    }

    @Test
    void a_row_of_an_unknown_level_is_reported_with_its_line_number() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load("""
                        code,name,level,parent_code
                        33,浙江省,STATE,
                        """))
                .withMessageContaining("line 2")
                .withMessageContaining("STATE");
    }

    @Test
    void a_row_whose_parent_is_not_its_code_prefix_is_reported_with_its_line_number() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load("""
                        code,name,level,parent_code
                        33,浙江省,PROVINCE,
                        51,四川省,PROVINCE,
                        3303,温州市,CITY,51
                        """))
                .withMessageContaining("line 4");
    }

    @Test
    void a_child_may_come_before_its_parent() {
        DivisionDirectory directory = load("""
                code,name,level,parent_code
                3303,温州市,CITY,33
                33,浙江省,PROVINCE,
                """);

        assertThat(directory.fullName(WENZHOU_CITY)).isEqualTo("浙江省 温州市");
    }

    @Test
    void a_row_whose_parent_is_missing_is_reported_with_its_line_number() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load("""
                        code,name,level,parent_code
                        33,浙江省,PROVINCE,
                        330328,文成县,COUNTY,3303
                        """))
                .withMessageContaining("line 3")
                .withMessageContaining("3303");
    }

    @Test
    void a_repeated_code_is_reported_with_the_line_number_of_the_repetition() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load("""
                        code,name,level,parent_code
                        33,浙江省,PROVINCE,
                        33,浙江,PROVINCE,
                        """))
                .withMessage("Division CSV line 3: the code 33 appears a second time.");
    }

    @Test
    void a_file_without_the_header_is_refused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load("""
                        33,浙江省,PROVINCE,
                        """))
                .withMessageContaining("line 1");
        assertThatIllegalStateException().isThrownBy(() -> load(""));
    }

    private static DivisionDirectory load(String csv) {
        return DivisionDirectory.load(new StringReader(csv));
    }
}
