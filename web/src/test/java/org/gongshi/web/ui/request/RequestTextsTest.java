package org.gongshi.web.ui.request;

import org.gongshi.request.ApplicantType;
import org.gongshi.request.ClosingReason;
import org.gongshi.request.DeliveryMethod;
import org.gongshi.request.FeeMethod;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestChallenge;
import org.gongshi.request.RequestChannel;
import org.gongshi.request.RequestDocument;
import org.gongshi.request.RequestState;
import org.gongshi.request.ResultRow;
import org.gongshi.web.ui.Texts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every value the request screens name has its words in the bundle (a missing key shows as {@code !key}). */
class RequestTextsTest {

    private static List<String> labels(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> Texts.label(prefix, v)).toList();
    }

    @Test
    void every_state_channel_applicant_type_reply_type_fee_delivery_closing_challenge_letter_and_step_has_chinese_words() {
        List<String> all = new ArrayList<>();
        all.addAll(labels("disclosure.state.", RequestState.values()));
        all.addAll(labels("request.channel.", RequestChannel.values()));
        all.addAll(labels("request.received-rule.", RequestChannel.values()));
        all.addAll(labels("request.applicant-type.", ApplicantType.values()));
        all.addAll(labels("request.applicant-type.short.", ApplicantType.values()));
        all.addAll(labels("request.reply-type.", ReplyType.values()));
        all.addAll(labels("request.fee-method.", FeeMethod.values()));
        all.addAll(labels("request.delivery-method.", DeliveryMethod.values()));
        all.addAll(labels("request.closing.", ClosingReason.values()));
        all.addAll(labels("request.challenge-kind.", RequestChallenge.Kind.values()));
        all.addAll(labels("request.challenge-outcome.", RequestChallenge.Outcome.values()));
        all.addAll(labels("request.document.", RequestDocument.Kind.values()));
        all.addAll(labels("request.format.", RequestDocument.Format.values()));
        Arrays.stream(FeeMethod.values()).forEach(m -> all.add(Texts.t("request.fact.fee.value." + m.name(), 1, 1)));
        Arrays.stream(RequestSteps.Step.values()).forEach(s -> all.add(Texts.t(s.key())));
        Arrays.stream(ResultRow.values()).forEach(r -> all.add(RequestTexts.replyGroup(r.group())));
        assertThat(all).noneMatch(text -> text.startsWith("!")).noneMatch(String::isBlank);
    }

    @Test
    void a_reply_type_reads_as_its_row_of_table_three() {
        assertThat(RequestTexts.replyType(ReplyType.NOT_THIS_AGENCY)).isEqualTo("（四）1 无法提供：不属于本机关负责公开");
        assertThat(RequestTexts.replyGroup(ReplyType.EXCESSIVE.row().group())).isEqualTo("（五）不予处理");
        assertThat(RequestTexts.divisionName("330328101200")).isEqualTo("篁庄村委会");
    }
}
