package org.gongshi.sheet;

import org.gongshi.privacy.FieldType;
import org.gongshi.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.privacy.FieldType.ACCEPTANCE_RESULT;
import static org.gongshi.privacy.FieldType.ADDRESS;
import static org.gongshi.privacy.FieldType.AMOUNT;
import static org.gongshi.privacy.FieldType.BANK_CARD;
import static org.gongshi.privacy.FieldType.CATEGORY;
import static org.gongshi.privacy.FieldType.COMPLAINT_PHONE;
import static org.gongshi.privacy.FieldType.FUND_SOURCE;
import static org.gongshi.privacy.FieldType.GOALS;
import static org.gongshi.privacy.FieldType.HOUSEHOLD_SIZE;
import static org.gongshi.privacy.FieldType.ID_NUMBER;
import static org.gongshi.privacy.FieldType.IMPLEMENTING_UNIT;
import static org.gongshi.privacy.FieldType.NAME;
import static org.gongshi.privacy.FieldType.OTHER;
import static org.gongshi.privacy.FieldType.PERIOD;
import static org.gongshi.privacy.FieldType.PHONE;
import static org.gongshi.privacy.FieldType.PROJECT_NAME;
import static org.gongshi.privacy.FieldType.REASON;
import static org.gongshi.privacy.FieldType.RESPONSIBLE_PERSON;
import static org.gongshi.privacy.FieldType.RESULT;
import static org.gongshi.privacy.FieldType.VILLAGE_GROUP;

class ColumnSuggestionsTest {

    /** Header rows as villages publish them, per list type, with the kinds a clerk would choose. */
    static final Map<String, List<Map.Entry<String, FieldType>>> REAL_HEADERS = Map.of(
            "低保初审名单", List.of(Map.entry("序号", OTHER), Map.entry("乡镇（街道）", OTHER), Map.entry("村（社区）", OTHER),
                    Map.entry("户主姓名", NAME), Map.entry("身份证号码", ID_NUMBER), Map.entry("家庭人口", HOUSEHOLD_SIZE),
                    Map.entry("保障类别", CATEGORY), Map.entry("致贫原因", REASON), Map.entry("联系电话", PHONE),
                    Map.entry("备注", OTHER)),
            "低保在保名单", List.of(Map.entry("序号", OTHER), Map.entry("姓 名", NAME), Map.entry("性别", OTHER),
                    Map.entry("身份证号", ID_NUMBER), Map.entry("家庭住址", ADDRESS), Map.entry("保障人数", HOUSEHOLD_SIZE),
                    Map.entry("月保障金（元）", AMOUNT), Map.entry("银行卡号", BANK_CARD), Map.entry("户类型", CATEGORY)),
            "特困供养", List.of(Map.entry("序号", OTHER), Map.entry("姓名", NAME), Map.entry("公民身份号码", ID_NUMBER),
                    Map.entry("供养方式", CATEGORY), Map.entry("供养标准（元/月）", AMOUNT), Map.entry("所在村民小组", VILLAGE_GROUP),
                    Map.entry("残疾类别", REASON)),
            "临时救助", List.of(Map.entry("序号", OTHER), Map.entry("救助对象", NAME), Map.entry("证件号码", ID_NUMBER),
                    Map.entry("家庭住址", ADDRESS), Map.entry("救助事由", REASON), Map.entry("救助金额（元）", AMOUNT),
                    Map.entry("发放日期", OTHER)),
            "医疗救助", List.of(Map.entry("序号", OTHER), Map.entry("患者姓名", NAME), Map.entry("身份证号码", ID_NUMBER),
                    Map.entry("病种", REASON), Map.entry("救助类别", CATEGORY), Map.entry("救助金额", AMOUNT),
                    Map.entry("一卡通账号", BANK_CARD), Map.entry("开户银行", OTHER)),
            "建档立卡贫困户", List.of(Map.entry("序号", OTHER), Map.entry("组别", VILLAGE_GROUP), Map.entry("户主姓名", NAME),
                    Map.entry("身份证号码", ID_NUMBER), Map.entry("家庭人口数", HOUSEHOLD_SIZE), Map.entry("主要致贫原因", REASON),
                    Map.entry("手机号码", PHONE), Map.entry("存折账号", BANK_CARD)),
            "脱贫户", List.of(Map.entry("序号", OTHER), Map.entry("村民小组", VILLAGE_GROUP), Map.entry("户主", NAME),
                    Map.entry("证件号码", ID_NUMBER), Map.entry("人口数", HOUSEHOLD_SIZE), Map.entry("脱贫年度", OTHER),
                    Map.entry("组", VILLAGE_GROUP)),
            "扶贫项目资金公示", List.of(Map.entry("序号", OTHER), Map.entry("项目名称", PROJECT_NAME),
                    Map.entry("资金来源", FUND_SOURCE), Map.entry("资金（万元）", AMOUNT), Map.entry("实施期限", PERIOD),
                    Map.entry("建设内容及绩效目标", GOALS), Map.entry("带贫效果", RESULT), Map.entry("项目实施单位", IMPLEMENTING_UNIT),
                    Map.entry("项目负责人", RESPONSIBLE_PERSON), Map.entry("监督举报电话", COMPLAINT_PHONE),
                    Map.entry("验收结果", ACCEPTANCE_RESULT)));

    @Test
    void the_header_rows_of_every_real_list_type_get_the_kinds_a_clerk_would_choose() {
        REAL_HEADERS.forEach((list, columns) -> {
            List<String> headings = columns.stream().map(Map.Entry::getKey).toList();
            List<FieldType> expected = columns.stream().map(Map.Entry::getValue).toList();
            assertThat(ColumnSuggestions.suggestTypes(headings)).as(list).isEqualTo(expected);
        });
    }

    @Test
    void full_width_spaces_stars_colons_and_bracketed_units_do_not_matter() {
        List<ColumnSuggestion> s = ColumnSuggestions.suggest(List.of("身　份　证　号", "＊联系电话：", "金额(元)",
                "身份证号码（18位）", "ＩＤ"));

        assertThat(s).extracting(ColumnSuggestion::type).containsExactly(ID_NUMBER, PHONE, AMOUNT, ID_NUMBER, OTHER);
        assertThat(s).extracting(ColumnSuggestion::confidence).containsExactly(ColumnSuggestion.Confidence.HIGH,
                ColumnSuggestion.Confidence.HIGH, ColumnSuggestion.Confidence.HIGH, ColumnSuggestion.Confidence.HIGH,
                ColumnSuggestion.Confidence.NONE);
    }

    @Test
    void specific_words_win_over_general_ones_inside_longer_headings() {
        assertThat(ColumnSuggestions.suggestTypes(List.of("户主身份证号", "户主联系电话", "监督电话（县民政局）",
                "残疾人类别", "申请人现住址", "家庭成员人数", "资金来源及规模", "帐号（农商行）")))
                .containsExactly(ID_NUMBER, PHONE, COMPLAINT_PHONE, REASON, ADDRESS, HOUSEHOLD_SIZE, FUND_SOURCE, BANK_CARD);
        assertThat(ColumnSuggestions.suggest(List.of("户主本人身份证号")).getFirst().confidence())
                .isEqualTo(ColumnSuggestion.Confidence.MEDIUM);
    }

    @Test
    void a_personal_kind_suggested_twice_keeps_both_columns_masked_and_names_the_other_column() {
        List<ColumnSuggestion> s = ColumnSuggestions.suggest(List.of("户主姓名", "身份证号码", "家庭成员姓名", "金额", "补助金额"));

        assertThat(s.get(0).type()).isEqualTo(NAME);
        assertThat(s.get(2).type()).isEqualTo(NAME);
        assertThat(s.get(0).sameTypeAs()).containsExactly(2);
        assertThat(s.get(2).sameTypeAs()).containsExactly(0);
        assertThat(s.get(0).needsConfirmation()).isTrue();
        assertThat(s.get(1).needsConfirmation()).isFalse();
        assertThat(s.get(3).sameTypeAs()).isEmpty(); // two amount columns are ordinary
    }

    @Test
    void titles_and_values_are_not_headings() {
        assertThat(ColumnSuggestions.isKnownHeading("2026年第四季度篁庄村低保对象名单")).isFalse();
        assertThat(ColumnSuggestions.isKnownHeading("填报单位：篁庄村民委员会")).isFalse();
        assertThat(ColumnSuggestions.isKnownHeading("2026")).isFalse();
        assertThat(ColumnSuggestions.isKnownHeading("篁庄村扶贫项目资金公示表")).isFalse();
        assertThat(ColumnSuggestions.isKnownHeading("序号")).isTrue();
    }

    @Test
    void a_mapping_reads_back_from_its_text_form_with_other_left_out() {
        ColumnMapping mapping = ColumnSuggestions.mapping(ColumnSuggestions.suggest(
                List.of("序号", "户主姓名", "身份证号码", "备注", "联系电话")));

        assertThat(mapping.asText()).isEqualTo("B=NAME;C=ID_NUMBER;E=PHONE");
        assertThat(ColumnMapping.parse(mapping.asText())).isEqualTo(mapping);
        assertThat(mapping.typeOf(3)).isEqualTo(OTHER);
        assertThat(mapping.forWidth(5)).containsExactly(OTHER, NAME, ID_NUMBER, OTHER, PHONE);
        assertThat(ColumnMapping.parse("AA=AMOUNT; B = NAME").columnsOf(AMOUNT)).containsExactly(26);
        assertThat(ColumnMapping.parse("")).isEqualTo(ColumnMapping.of(List.of()));
    }

    @Test
    void a_mapping_text_with_a_wrong_part_is_refused_naming_the_part() {
        for (String wrong : List.of("B=NAMES", "1=NAME", "B", "B=NAME;B=PHONE", "b=NAME")) {
            assertThatThrownBy(() -> ColumnMapping.parse(wrong)).as(wrong).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.sheet.mapping-invalid"));
        }
        assertThatThrownBy(() -> ColumnMapping.parse("A=NAME;B=NAMES")).hasFieldOrPropertyWithValue("arguments", List.of("B=NAMES"));
    }
}
