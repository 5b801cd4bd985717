package org.gongshi.request;

import org.gongshi.document.OfficialDocument;
import org.gongshi.document.Readers;
import org.gongshi.tenancy.DivisionCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.request.RequestFixture.DAYS;
import static org.gongshi.request.RequestFixture.LETTERS;

/**
 * The letters as applicants get them, opened with real readers (pdftotext; LibreOffice for Word):
 * the decision with its article, the reason, and the remedies with the right review body and time
 * limits for a town, a sub-district and a village committee.
 */
class ReplyLetterTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 18);
    private static final LocalDate ANSWERED = LocalDate.of(2026, 10, 20);

    private static DisclosureRequest request(String division, String receipt) {
        return DisclosureRequest.receive(DivisionCode.of(division), receipt, RequestChannel.SIGNED_POST, RECEIVED,
                new Application(ApplicantType.NATURAL_PERSON, "王小明", "13800000000", "2026年道路硬化工程的招标文件及中标结果"),
                "ABCDEFGHJKMN", "clerk", Instant.parse("2026-09-18T02:00:00Z"), RECEIVED, DAYS);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s", "");
    }

    @Test
    void a_towns_partial_disclosure_names_its_reason_and_the_county_government_for_review() throws Exception {
        DisclosureRequest r = request("330328101", "330328101-2026-0007");
        r.extend(10, "电话告知", "wc-bzj-head", LocalDate.of(2026, 10, 15), Instant.now(), DAYS);
        r.answer(new Reply(ReplyType.PARTLY_DISCLOSED, "投标人的银行账户属于个人信息，依照第十五条不予公开，其余部分予以公开。", null),
                ANSWERED, Instant.now(), DAYS);
        OfficialDocument letter = RequestLetters.reply(r, ANSWERED);
        String pdf = flat(Readers.pdfText(LETTERS.pdf(letter)));
        assertThat(pdf).contains("政府信息公开申请答复书", "受理编号：330328101-2026-0007", "王小明：",
                "2026年9月18日收到你（单位）通过邮寄（签收）提出", "延长10个工作日", "第三十六条第（三）项、第三十七条",
                "投标人的银行账户属于个人信息", "六十日内向文成县人民政府申请行政复议", "六个月内依法向人民法院提起行政诉讼",
                "百丈漈镇人民政府", "2026年10月20日");
        Map<String, byte[]> word = new LinkedHashMap<>();
        word.put("town", LETTERS.docx(letter));

        DisclosureRequest street = request("330213001", "330213001-2026-0001");
        street.answer(new Reply(ReplyType.WITHHELD_PROCESS, "该材料为会议讨论记录。", null), ANSWERED, Instant.now(), DAYS);
        word.put("street", LETTERS.docx(RequestLetters.reply(street, ANSWERED)));

        DisclosureRequest village = request("330328101200", "330328101200-2026-0001");
        village.answer(new Reply(ReplyType.DISCLOSED, null, null), ANSWERED, Instant.now(), DAYS);
        word.put("village", LETTERS.docx(RequestLetters.reply(village, ANSWERED)));

        Map<String, String> texts = Readers.wordTexts(word);
        assertThat(flat(texts.get("town"))).contains("政府信息公开申请答复书", "投标人的银行账户属于个人信息",
                "六十日内向文成县人民政府申请行政复议", "百丈漈镇人民政府");
        // A sub-district acts through its office; review goes to the district government above it.
        assertThat(flat(texts.get("street"))).contains("锦屏街道办事处", "向奉化区人民政府申请行政复议",
                "讨论记录、过程稿", "理由：该材料为会议讨论记录。");
        // A village committee is no administrative organ: the villager turns to the town government.
        assertThat(flat(texts.get("village"))).contains("向百丈漈镇人民政府反映", "村民委员会组织法")
                .doesNotContain("行政复议");
    }

    @Test
    void a_fee_notice_gives_the_amount_its_computation_and_the_last_day_to_pay() throws Exception {
        DisclosureRequest r = request("330328101", "330328101-2026-0008");
        Fees.Fee fee = Fees.perPage(150);
        LocalDate last = new ReplyDeadline(DAYS).feePaymentDeadline(ANSWERED).date();
        String pdf = flat(Readers.pdfText(LETTERS.pdf(RequestLetters.feeNotice(r, fee, ANSWERED, last))));
        assertThat(pdf).contains("收费通知书", "按量计收", "应缴金额1700元", "31—100页的部分70页×10元",
                "国办函〔2020〕109号", "20个工作日内（即" + ReplyDeadline.format(last) + "前）", "视为放弃申请");
    }
}
