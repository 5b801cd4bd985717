package org.gongshi.privacy;

import org.gongshi.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.privacy.PersonalDataScannerTest.ID;
import static org.gongshi.privacy.PersonalDataScannerTest.ID_OLD;
import static org.gongshi.privacy.PersonalDataScannerTest.ID_X;

/** The masks of every field type, the safe defaults, the choices, the floor and the stored form. */
class MaskingPolicyTest {

    private static final MaskingPolicy DEFAULTS = MaskingPolicy.defaults();

    // ---- names ----

    @ParameterizedTest
    @CsvSource({"王小明,王**", "王明,王**", "王,王**", "王秀英英英,王**", "欧阳娜娜,欧阳**", "欧阳修,欧阳**", "司马光,司马**",
            "诸葛亮,诸葛**", "上官婉儿,上官**", "欧阳,欧**", "王 秀英,王**", "张三（户主）,张**", "阿依古丽·买买提,阿**",
            "John Smith,J**", "'  李四  ',李**"})
    void a_name_keeps_its_surname_and_never_shows_its_length(String name, String masked) {
        assertThat(DEFAULTS.mask(FieldType.NAME, name)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "张三1", "户主：张三", "<script>", "13812345678"})
    void a_name_that_is_not_a_name_is_masked_whole(String value) {
        assertThat(DEFAULTS.mask(FieldType.NAME, value)).isEqualTo("***");
    }

    @Test
    void names_in_full_are_allowed_by_local_rule_but_still_scanned() {
        MaskingPolicy full = DEFAULTS.with(FieldType.NAME, MaskRule.FULL);
        assertThat(full.mask(FieldType.NAME, "王小明")).isEqualTo("王小明");
        assertThat(full.mask(FieldType.NAME, "王小明 13812345678")).isEqualTo("王小明 *******5678");
    }

    // ---- numbers ----

    @Test
    void an_id_shows_at_most_its_last_four_and_never_a_digit_of_its_birth_date() {
        assertThat(DEFAULTS.mask(FieldType.ID_NUMBER, ID)).isEqualTo("**************1239");
        assertThat(DEFAULTS.mask(FieldType.ID_NUMBER, ID_X.toLowerCase())).isEqualTo("**************102X");
        assertThat(DEFAULTS.mask(FieldType.ID_NUMBER, "３３０３２８ １９９００１０１ １２３９")).isEqualTo("**************1239");
        // The old form's fourth-last digit is the day of birth: only three are shown, in the same width.
        assertThat(DEFAULTS.mask(FieldType.ID_NUMBER, ID_OLD)).isEqualTo("***************123").hasSize(18);
    }

    @ParameterizedTest
    @ValueSource(strings = {"无", "待补", "33032819900101", "330328199001011239123", "ABCDEFGHIJKLMNOPQR", "3303281990010112-9"})
    void an_id_column_holding_anything_else_is_masked_whole_in_a_fixed_length(String garbage) {
        assertThat(DEFAULTS.mask(FieldType.ID_NUMBER, garbage)).isEqualTo("*".repeat(18));
    }

    @ParameterizedTest
    @CsvSource({"13812345678,*******5678", "138 1234 5678,*******5678", "+86 138-1234-5678,*******5678",
            "0086 13812345678,*******5678", "0577-67812345,*******2345", "（0577）67812345,*******2345",
            "１３８１２３４５６７８,*******5678", "无,***********", "1381234567,***********", "12345678901,***********"})
    void a_phone_shows_less_than_the_common_three_plus_four(String phone, String masked) {
        assertThat(DEFAULTS.mask(FieldType.PHONE, phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"6222021234567890128,**** **** **** 0128", "6222 0212 3456 7890,**** **** **** 7890",
            "622202123456,**** **** **** 3456", "62220212345,**** **** **** ****", "农商银行,**** **** **** ****"})
    void a_card_shows_at_most_its_last_four_whatever_its_length(String card, String masked) {
        assertThat(DEFAULTS.mask(FieldType.BANK_CARD, card)).isEqualTo(masked);
    }

    // ---- addresses and reasons ----

    @ParameterizedTest
    @CsvSource({"浙江省温州市文成县百丈漈镇篁庄村3组28号,浙江省温州市文成县百丈漈镇篁庄村3组",
            "百丈漈镇篁庄村第三村民小组15号,百丈漈镇篁庄村第三村民小组",
            "篁庄村下垟自然村12号,篁庄村下垟自然村",
            "锦屏街道奉中社区中山东路12号3幢501室,锦屏街道奉中社区",
            "文成县大峃镇建设路88号凤凰小区5幢301室,文成县大峃镇",
            "篁庄村12组,篁庄村12组",
            "篁庄村,篁庄村",
            "中山路12号,***",
            "3幢501室,***"})
    void an_address_keeps_the_village_and_group_and_loses_house_and_room_numbers(String address, String masked) {
        assertThat(DEFAULTS.mask(FieldType.ADDRESS, address)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"尿毒症，每周透析,因病", "肢体二级残疾,因残", "精神残疾,因病、因残", "子女上大学,因学", "2025年台风房屋倒塌,因灾",
            "年老体弱无劳动能力,缺劳力", "缺技术,缺技术", "因病,因病", "家庭困难,其他"})
    void a_reason_is_generalised_to_its_category_and_never_names_the_illness(String reason, String masked) {
        assertThat(DEFAULTS.mask(FieldType.REASON, reason)).isEqualTo(masked);
    }

    // ---- public fields and the hidden and removed rules ----

    @Test
    void public_columns_are_shown_as_written_with_personal_numbers_masked() {
        assertThat(DEFAULTS.mask(FieldType.AMOUNT, "12,000.00")).isEqualTo("12,000.00");
        assertThat(DEFAULTS.mask(FieldType.COMPLAINT_PHONE, "0577-67812345")).isEqualTo("0577-67812345");
        assertThat(DEFAULTS.mask(FieldType.COMPLAINT_PHONE, "13812345678")).isEqualTo("*******5678");
        assertThat(DEFAULTS.mask(FieldType.OTHER, "备注：身份证" + ID + "，卡号6222021234567890128"))
                .isEqualTo("备注：身份证**************1239，卡号**** **** **** 0128");
    }

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void every_field_may_be_hidden_or_removed_and_blank_stays_blank(FieldType field) {
        MaskingPolicy hidden = DEFAULTS.with(field, MaskRule.HIDDEN);
        MaskingPolicy removed = DEFAULTS.with(field, MaskRule.REMOVED);
        assertThat(hidden.mask(field, "王小明 " + ID)).doesNotContain("王小明").doesNotContain("1239").contains("*");
        assertThat(hidden.mask(field, "短")).isEqualTo(hidden.mask(field, "很长很长很长的一段文字"));
        assertThat(removed.mask(field, "王小明")).isEmpty();
        assertThat(DEFAULTS.mask(field, "  ")).isEmpty();
        assertThat(DEFAULTS.mask(field, null)).isEmpty();
    }

    // ---- the floor ----

    @ParameterizedTest
    @CsvSource({"ID_NUMBER,FULL", "PHONE,FULL", "BANK_CARD,FULL", "ADDRESS,FULL", "REASON,FULL", "NAME,LAST_FOUR",
            "ID_NUMBER,SURNAME", "ADDRESS,GENERALISED", "AMOUNT,LAST_FOUR", "ID_NUMBER,VILLAGE_PART"})
    void no_policy_can_go_below_the_floor(FieldType field, MaskRule rule) {
        assertThatThrownBy(() -> DEFAULTS.with(field, rule))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.privacy.rule-not-allowed");
        assertThatThrownBy(() -> MaskingPolicy.of(Map.of(field, rule))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> MaskingPolicy.parse("v1:" + field + "=" + rule)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void every_allowed_rule_of_every_field_keeps_full_numbers_and_birth_dates_out_of_whatever_it_shows() {
        String numbers = "王小明 " + ID + " " + ID_OLD + " 13812345678 6222021234567890128";
        String details = "篁庄村3组28号 尿毒症透析";
        for (FieldType field : FieldType.values()) {
            for (MaskRule rule : MaskingPolicy.choicesFor(field)) {
                MaskingPolicy policy = DEFAULTS.with(field, rule);
                String shown = policy.mask(field, numbers);
                assertThat(shown).as("%s=%s", field, rule)
                        .doesNotContain(ID).doesNotContain("19900101").doesNotContain("900101")
                        .doesNotContain("13812345678").doesNotContain("6222021234567890128");
                // At most the last four of each of the four numbers (three of the old ID).
                assertThat(DigitText.compact(shown).replaceAll("[^0-9]", "").length()).as("%s=%s", field, rule)
                        .isLessThanOrEqualTo(4 + 3 + 4 + 4);
                if (field == FieldType.ADDRESS || field == FieldType.REASON) {
                    assertThat(policy.mask(field, details)).as("%s=%s", field, rule).doesNotContain("28号").doesNotContain("尿毒症");
                }
            }
        }
    }

    @Test
    void the_defaults_are_the_first_choice_of_every_field() {
        for (FieldType field : FieldType.values()) {
            assertThat(MaskingPolicy.choicesFor(field).get(0)).isEqualTo(DEFAULTS.rule(field));
        }
        assertThat(DEFAULTS.rule(FieldType.NAME)).isEqualTo(MaskRule.SURNAME);
        assertThat(DEFAULTS.rule(FieldType.ID_NUMBER)).isEqualTo(MaskRule.LAST_FOUR);
        assertThat(DEFAULTS.rule(FieldType.ADDRESS)).isEqualTo(MaskRule.VILLAGE_PART);
        assertThat(DEFAULTS.rule(FieldType.REASON)).isEqualTo(MaskRule.GENERALISED);
        assertThat(DEFAULTS.rule(FieldType.AMOUNT)).isEqualTo(MaskRule.FULL);
        assertThat(MaskingPolicy.choicesFor(FieldType.ID_NUMBER)).containsExactly(MaskRule.LAST_FOUR, MaskRule.HIDDEN, MaskRule.REMOVED);
    }

    // ---- storage ----

    @Test
    void a_policy_survives_its_compact_string() {
        MaskingPolicy chosen = DEFAULTS.with(FieldType.NAME, MaskRule.FULL).with(FieldType.PHONE, MaskRule.HIDDEN)
                .with(FieldType.ADDRESS, MaskRule.REMOVED);
        String stored = chosen.format();
        assertThat(stored).startsWith("v1:NAME=FULL,ID_NUMBER=LAST_FOUR,PHONE=HIDDEN,ADDRESS=REMOVED,");
        assertThat(MaskingPolicy.parse(stored)).isEqualTo(chosen);
        assertThat(MaskingPolicy.parse(DEFAULTS.format())).isEqualTo(DEFAULTS);
    }

    @Test
    void field_types_a_stored_policy_does_not_name_get_their_safe_default() {
        MaskingPolicy parsed = MaskingPolicy.parse("v1: NAME = FULL ");
        assertThat(parsed.rule(FieldType.NAME)).isEqualTo(MaskRule.FULL);
        assertThat(parsed.rule(FieldType.ID_NUMBER)).isEqualTo(MaskRule.LAST_FOUR);
        assertThat(MaskingPolicy.parse("v1:")).isEqualTo(DEFAULTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NAME=FULL", "v2:NAME=FULL", "v1:NAME=EVERYTHING", "v1:HEIGHT=FULL", "v1:NAME=FULL,NAME=SURNAME",
            "v1:NAME", "v1:NAME=FULL,", "v1:NAME=FULL=SURNAME", "v1:name=full"})
    void unreadable_stored_policies_are_refused_not_half_read(String stored) {
        assertThatThrownBy(() -> MaskingPolicy.parse(stored))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.privacy.policy-unreadable");
        assertThatThrownBy(() -> MaskingPolicy.parse(null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_policy_is_a_value() {
        Map<FieldType, MaskRule> rules = new EnumMap<>(FieldType.class);
        rules.put(FieldType.NAME, MaskRule.FULL);
        assertThat(MaskingPolicy.of(rules)).isEqualTo(DEFAULTS.with(FieldType.NAME, MaskRule.FULL))
                .hasSameHashCodeAs(DEFAULTS.with(FieldType.NAME, MaskRule.FULL));
        assertThatThrownBy(() -> DEFAULTS.rules().put(FieldType.NAME, MaskRule.FULL)).isInstanceOf(UnsupportedOperationException.class);
    }
}
