package org.gongshi.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The recognisers one by one, in the forms people type, and the shapes that are not personal. */
class PersonalDataScannerTest {

    /** Valid check characters (ISO 7064 MOD 11-2), computed independently. */
    static final String ID = "330328199001011239";
    static final String ID_X = "33032819820615102X";
    static final String ID_RESIDENT = "913356198803150013";
    static final String ID_OLD = "330328900101123";
    static final String CARD_LUHN = "6222021234567890128";

    private static Finding only(String text) {
        List<Finding> found = PersonalDataScanner.scan(text);
        assertThat(found).as("findings in <%s>", text).hasSize(1);
        return found.get(0);
    }

    private static void none(String text) {
        assertThat(PersonalDataScanner.scan(text)).as("findings in <%s>", text).isEmpty();
    }

    // ---- citizen IDs ----

    @Test
    void an_id_with_a_valid_check_digit_is_found_with_its_place_in_the_original_text() {
        String text = "低保对象：王小明，身份证号" + ID + "，家庭人口3人。";
        Finding f = only(text);
        assertThat(f.kind()).isEqualTo(PersonalDataKind.CITIZEN_ID);
        assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(ID);
        assertThat(f.digits()).isEqualTo(ID);
        assertThat(f.line()).isEqualTo(1);
        assertThat(f.column()).isEqualTo(text.indexOf(ID) + 1);
    }

    @Test
    void an_id_ending_in_x_is_found_in_upper_lower_and_full_width_x() {
        assertThat(only("身份证：" + ID_X).digits()).isEqualTo(ID_X);
        assertThat(only("身份证：" + ID_X.toLowerCase()).digits()).isEqualTo(ID_X);
        assertThat(only("身份证：" + ID_X.replace('X', 'Ｘ')).digits()).isEqualTo(ID_X);
        assertThat(only("身份证：" + ID_X.replace('X', 'ｘ') + "张三").digits()).isEqualTo(ID_X);
    }

    @Test
    void an_id_is_found_in_full_width_digits_and_its_offsets_stay_those_of_the_original() {
        String wide = toFullWidth(ID);
        String text = "身份证号码：" + wide + "。";
        Finding f = only(text);
        assertThat(f.digits()).isEqualTo(ID);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(wide);
    }

    @ParameterizedTest
    @ValueSource(strings = {"330328 19900101 1239", "330328-19900101-1239", "3303 2819 9001 0112 39",
            "330328\u300019900101\u30001239", "330328\u00A019900101\u00A01239", "3303281990\n01011239",
            "3303281990\r\n01011239", "330328 - 19900101 - 1239", "330328.19900101.1239"})
    void an_id_written_in_groups_or_broken_over_lines_is_one_finding(String written) {
        String text = "户主身份证 " + written + " 已核实";
        Finding f = only(text);
        assertThat(f.kind()).isEqualTo(PersonalDataKind.CITIZEN_ID);
        assertThat(f.digits()).isEqualTo(ID);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(written);
    }

    @Test
    void old_fifteen_digit_and_permanent_resident_ids_are_found() {
        Finding old = only("旧身份证" + ID_OLD + "。");
        assertThat(old.kind()).isEqualTo(PersonalDataKind.CITIZEN_ID);
        assertThat(old.confidence()).isEqualTo(Confidence.MEDIUM);
        Finding resident = only("永久居留身份证" + ID_RESIDENT);
        assertThat(resident.kind()).isEqualTo(PersonalDataKind.CITIZEN_ID);
        assertThat(resident.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(only("港澳居民居住证810000199001010019").kind()).isEqualTo(PersonalDataKind.CITIZEN_ID);
    }

    @Test
    void an_id_with_a_wrong_check_digit_is_still_reported_as_an_id_with_low_confidence() {
        Finding f = only("身份证330328199001011230");
        assertThat(f.kind()).isEqualTo(PersonalDataKind.CITIZEN_ID);
        assertThat(f.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void lines_and_columns_count_crlf_once() {
        String text = "第一行\r\n第二行\n第三行 身份证" + ID;
        Finding f = only(text);
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.column()).isEqualTo("第三行 身份证".length() + 1);
    }

    // ---- mobile numbers ----

    @ParameterizedTest
    @ValueSource(strings = {"130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "146", "147",
            "148", "149", "150", "151", "152", "153", "155", "156", "157", "158", "159", "162", "165", "166", "167",
            "170", "171", "172", "173", "174", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
            "186", "187", "188", "189", "190", "191", "192", "193", "195", "196", "197", "198", "199"})
    void every_current_mobile_prefix_is_found(String prefix) {
        Finding f = only("联系电话：" + prefix + "12345678。");
        assertThat(f.kind()).isEqualTo(PersonalDataKind.MOBILE_PHONE);
        assertThat(f.digits()).isEqualTo(prefix + "12345678");
        assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"138 1234 5678", "138-1234-5678", "138.1234.5678", "１３８１２３４５６７８", "138\u30001234\u30005678",
            "138\n12345678", "1381234\r\n5678", "138 1234\u00A05678", "１３８－１２３４－５６７８"})
    void a_mobile_number_in_the_forms_people_type_is_found(String written) {
        String text = "联系人张三，电话" + written + "，欢迎监督。";
        Finding f = only(text);
        assertThat(f.kind()).isEqualTo(PersonalDataKind.MOBILE_PHONE);
        assertThat(f.digits()).isEqualTo("13812345678");
        assertThat(text.substring(f.start(), f.end())).isEqualTo(written);
    }

    @Test
    void a_country_code_belongs_to_the_finding_but_not_to_its_digits() {
        String text = "手机+86 138 1234 5678。";
        Finding f = only(text);
        assertThat(f.digits()).isEqualTo("13812345678");
        assertThat(text.substring(f.start(), f.end())).isEqualTo("+86 138 1234 5678");
        assertThat(only("手机+8613812345678").digits()).isEqualTo("13812345678");
        assertThat(only("手机 0086 13812345678").digits()).isEqualTo("13812345678");
        assertThat(only("Tel13812345678").digits()).isEqualTo("13812345678");
    }

    @Test
    void a_phone_next_to_a_year_or_postcode_is_still_a_phone_and_nothing_more() {
        Finding f = only("电话13812345678 2026年");
        assertThat(f.kind()).isEqualTo(PersonalDataKind.MOBILE_PHONE);
        assertThat(only("邮编 325300 13812345678").kind()).isEqualTo(PersonalDataKind.MOBILE_PHONE);
    }

    @Test
    void several_numbers_in_a_row_are_each_found() {
        String text = "张三 " + ID + " 13812345678 " + CARD_LUHN;
        List<Finding> found = PersonalDataScanner.scan(text);
        assertThat(found).extracting(Finding::kind).containsExactly(PersonalDataKind.CITIZEN_ID,
                PersonalDataKind.MOBILE_PHONE, PersonalDataKind.BANK_CARD);
        assertThat(found).extracting(Finding::digits).containsExactly(ID, "13812345678", CARD_LUHN);
    }

    // ---- bank cards ----

    @Test
    void a_card_number_is_found_with_or_without_a_valid_luhn_digit() {
        Finding luhn = only("银行卡号" + CARD_LUHN);
        assertThat(luhn.kind()).isEqualTo(PersonalDataKind.BANK_CARD);
        assertThat(luhn.confidence()).isEqualTo(Confidence.HIGH);
        String failing = CARD_LUHN.substring(0, 18) + "9";
        assertThat(PersonalDataScanner.luhn(failing)).isFalse();
        Finding noLuhn = only("存折 " + failing);
        assertThat(noLuhn.kind()).isEqualTo(PersonalDataKind.BANK_CARD);
        assertThat(only("发放账户" + "6228480012345678901").kind()).isEqualTo(PersonalDataKind.BANK_CARD);
        assertThat(only("另：" + "6228480012345678901").confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6222 0212 3456 7890 128", "6222-0212-3456-7890-128", "622202 1234567890128",
            "6222021234\n567890128", "６２２２ ０２１２ ３４５６ ７８９０ １２８"})
    void a_card_number_in_groups_is_one_finding(String written) {
        String text = "社保卡 " + written + " 请核对";
        Finding f = only(text);
        assertThat(f.kind()).isEqualTo(PersonalDataKind.BANK_CARD);
        assertThat(f.digits()).isEqualTo(CARD_LUHN);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(written);
    }

    @Test
    void card_lengths_from_twelve_to_nineteen_are_cards() {
        for (int length = 12; length <= 19; length++) {
            String number = "6" + "3".repeat(length - 1);
            assertThat(only("卡号" + number).kind()).as(number).isEqualTo(PersonalDataKind.BANK_CARD);
        }
        none("卡号62345678901");
    }

    // ---- what is not personal ----

    @ParameterizedTest
    @ValueSource(strings = {"1,234.56元", "12000.00", "共计12000.00元", "￥13,800.00", "人民币1380000.00元", "12,345,678,901.00元",
            "2026-01-01", "2026/1/1", "2026.01.01", "20260101", "2026年1月1日", "2026年01月01日 08:30",
            "文成政发〔2026〕12号", "百政办〔2026〕3号", "330328101/2026-00012", "001008003-2026-00012",
            "330328101200-2026-00001", "11330328002599806R/2026-00012", "0577-67812345", "(0577)6781 2345",
            "（0577）67812345", "0577 6781 2345", "057767812345", "010-12345678", "010-12345678-801", "0577-6781234转801",
            "400-123-4567", "95588", "330328101200", "330328101202", "110101001001", "202601011200", "20260101120000",
            "2026-330328-48-01-123456", "325300", "1 3 1500 2 4 2000", "1\t3\t1500\t2\t4\t2000", "第3组 28号 501室",
            "一、二、三", "文件编号WC-2026-0001", "sha256 3f2a9b1c0d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8",
            "https://example.gov.cn/art/2026/1/1/art_1229123456789012.html", "12.5%", "3.1415926535897932"})
    void dates_amounts_document_and_index_numbers_landlines_and_division_codes_are_not_personal(String text) {
        none("本次公示：" + text + "。");
    }

    @Test
    void a_division_code_with_a_card_word_before_it_is_reported_fail_closed() {
        none("区划代码330328101200");
        assertThat(only("银行卡号330328101200").kind()).isEqualTo(PersonalDataKind.BANK_CARD);
    }

    @Test
    void a_valid_id_wins_over_shapes_that_are_not_personal() {
        assertThat(only(ID + "/2026-00012").kind()).isEqualTo(PersonalDataKind.CITIZEN_ID);
    }

    @Test
    void empty_and_digitless_texts_have_no_findings() {
        none("");
        none(null);
        none("关于2026年度低保对象初审名单的公示");
        assertThat(PersonalDataScanner.containsPersonalData("电话13812345678")).isTrue();
        assertThat(PersonalDataScanner.containsPersonalData("电话0577-67812345")).isFalse();
    }

    static String toFullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == 'X' ? 'Ｘ' : c);
        }
        return out.toString();
    }
}
