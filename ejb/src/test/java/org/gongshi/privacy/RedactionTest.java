package org.gongshi.privacy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.privacy.PersonalDataScannerTest.ID;

class RedactionTest {

    private static final MaskingPolicy POLICY = MaskingPolicy.defaults();

    @Test
    void every_finding_is_replaced_and_everything_else_stays_character_for_character() {
        String text = "# 名单\r\n1. 王小明，身份证 " + ID + "，电话 138 1234 5678；\n2. 卡号 6222-0212-3456-7890-128。";
        String masked = Redaction.redact(text, POLICY);
        assertThat(masked).isEqualTo("# 名单\r\n1. 王小明，身份证 **************1239，电话 *******5678；\n2. 卡号 **** **** **** 0128。");
        assertThat(PersonalDataScanner.scan(masked)).isEmpty();
    }

    @Test
    void a_text_without_findings_is_returned_unchanged() {
        String text = "2026年1月1日起，补助标准为每人每月1,200.00元。";
        assertThat(Redaction.redact(text, POLICY)).isSameAs(text);
    }

    @Test
    void findings_may_come_in_any_order_but_must_not_overlap_or_leave_the_text() {
        String text = "13812345678 和 13912345678";
        List<Finding> found = PersonalDataScanner.scan(text);
        assertThat(Redaction.apply(text, found.reversed(), POLICY)).isEqualTo("*******5678 和 *******5678");
        Finding first = found.get(0);
        Finding overlapping = new Finding(first.kind(), first.start() + 2, first.end() + 2, 1, 3, first.digits(), first.confidence());
        assertThatThrownBy(() -> Redaction.apply(text, List.of(first, overlapping), POLICY)).isInstanceOf(IllegalArgumentException.class);
        Finding outside = new Finding(first.kind(), 20, 40, 1, 21, first.digits(), first.confidence());
        assertThatThrownBy(() -> Redaction.apply(text, List.of(outside), POLICY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_policy_that_hides_a_kind_hides_it_in_running_text_too() {
        MaskingPolicy strict = POLICY.with(FieldType.ID_NUMBER, MaskRule.REMOVED).with(FieldType.PHONE, MaskRule.HIDDEN);
        assertThat(Redaction.redact("身份证" + ID + "电话13812345678", strict)).isEqualTo("身份证" + "*".repeat(18) + "电话" + "*".repeat(11));
    }
}
