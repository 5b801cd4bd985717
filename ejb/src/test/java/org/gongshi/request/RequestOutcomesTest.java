package org.gongshi.request;

import jakarta.persistence.EntityManager;
import org.gongshi.audit.AuditTrail;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.GongshiException;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.request.RequestFixture.BAIZHANGJI;
import static org.gongshi.request.RequestFixture.DAYS;
import static org.gongshi.request.RequestFixture.HUANGZHUANG;
import static org.gongshi.request.RequestFixture.VILLAGE_CLERK;
import static org.gongshi.request.RequestFixture.desk;

/**
 * The second slice of requests on the real mappings (H2, or PostgreSQL with GONGSHI_DB_URL): fees
 * that stop the clock, replies typed by the annual report's rows with their letters archived,
 * delivery, withdrawal, review and litigation records, Art. 44 candidates, and tenant scope.
 */
class RequestOutcomesTest {

    private static RequestFixture fx;

    @BeforeAll
    static void open() {
        fx = new RequestFixture();
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    private static Application applicant(String name, String description) {
        return new Application(ApplicantType.NATURAL_PERSON, name, "1380000" + Math.abs(name.hashCode() % 10000),
                description);
    }

    private static String key(Throwable t) {
        return ((GongshiException) t).messageKey();
    }

    @Test
    void a_fee_notice_stops_the_clock_until_payment_and_the_pause_is_added_to_the_due_date() {
        // Received Monday 2026-11-02: 20 working days run to 2026-11-30 (no holidays in November).
        Application a = applicant("费用甲" + UUID.randomUUID(), "镇村道路养护合同");
        RequestView r = fx.registered(LocalDate.of(2026, 11, 2), a).request();
        assertThat(r.due().date()).isEqualTo(LocalDate.of(2026, 11, 30));

        RequestView noticed = fx.asTown(LocalDate.of(2026, 11, 5),
                (d, em) -> d.noticeFee(em, r.id(), r.version(), FeeMethod.PER_PAGE, 150, "c"));
        assertThat(noticed.state()).isEqualTo(RequestState.AWAITING_FEE);
        assertThat(noticed.fee().yuan()).isEqualTo(1700);
        assertThat(noticed.fee().paymentDue().date()).isEqualTo(DAYS.add(LocalDate.of(2026, 11, 5), 20).date());
        assertThat(noticed.due().provisional()).isTrue();
        assertThat(noticed.overdue()).isFalse();
        assertThatThrownBy(() -> fx.asTown(LocalDate.of(2026, 11, 6),
                (d, em) -> d.answer(em, r.id(), noticed.version(), new Reply(ReplyType.DISCLOSED, null, null), "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.answer-not-now");

        // Paid Thursday 2026-11-12: the 5 working days after the notice up to payment are not counted.
        RequestView paid = fx.asTown(LocalDate.of(2026, 11, 12),
                (d, em) -> d.settleFee(em, r.id(), noticed.version(), false, LocalDate.of(2026, 11, 12), "c"));
        assertThat(paid.state()).isEqualTo(RequestState.RECEIVED);
        assertThat(paid.due().date()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(paid.due().provisional()).isFalse();
        assertThat(paid.due().explanation()).anySatisfy(l -> assertThat(l).contains("收费通知").contains("5个工作日不计入"));
        assertThat(paid.fee().settlement()).isEqualTo("PAID");
        assertThatThrownBy(() -> fx.asTown(LocalDate.of(2026, 11, 13),
                (d, em) -> d.noticeFee(em, r.id(), paid.version(), FeeMethod.PER_PAGE, 500, "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.fee-once");
        try (EntityManager em = fx.db.open(TenantScope.own(BAIZHANGJI))) {
            assertThat(desk(LocalDate.of(2026, 11, 13)).documents(em, r.id()))
                    .extracting(DocumentInfo::kind, DocumentInfo::format)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(RequestDocument.Kind.FEE_NOTICE, RequestDocument.Format.DOCX),
                            org.assertj.core.groups.Tuple.tuple(RequestDocument.Kind.FEE_NOTICE, RequestDocument.Format.PDF));
        }
    }

    @Test
    void per_request_fees_count_the_same_applicants_requests_in_the_calendar_month() {
        Application a = applicant("多次申请人" + UUID.randomUUID(), "村级财务收支明细");
        List<RequestView> month = new java.util.ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            month.add(fx.registered(LocalDate.of(2026, 10, 8 + i % 3), a).request());
        }
        // A request of another month and another applicant's do not count.
        fx.registered(LocalDate.of(2026, 9, 30), a);
        fx.registered(LocalDate.of(2026, 10, 9), applicant("另一人" + UUID.randomUUID(), "村级财务收支明细"));

        RequestView tenth = month.get(9);
        assertThatThrownBy(() -> fx.asTown(LocalDate.of(2026, 10, 12),
                (d, em) -> d.noticeFee(em, tenth.id(), tenth.version(), FeeMethod.PER_REQUEST, null, "c")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.fee-free");
        // The latest received (2026-10-10, registered last) is the 11th: 100 yuan.
        RequestView eleventh = month.stream().filter(v -> v.receivedOn().equals(LocalDate.of(2026, 10, 10)))
                .reduce((x, y) -> y).orElseThrow();
        RequestView noticed = fx.asTown(LocalDate.of(2026, 10, 12),
                (d, em) -> d.noticeFee(em, eleventh.id(), eleventh.version(), FeeMethod.PER_REQUEST, null, "c"));
        assertThat(noticed.fee().count()).isEqualTo(11);
        assertThat(noticed.fee().yuan()).isEqualTo(100);
    }

    @Test
    void an_unpaid_fee_closes_the_request_after_twenty_working_days_as_abandoned_in_row_six_two() {
        RequestView r = fx.registered(LocalDate.of(2026, 11, 2), applicant("未缴费" + UUID.randomUUID(), "会议纪要")).request();
        RequestView noticed = fx.asTown(LocalDate.of(2026, 11, 3),
                (d, em) -> d.noticeFee(em, r.id(), r.version(), FeeMethod.PER_PAGE, 40, "c"));
        LocalDate last = DAYS.add(LocalDate.of(2026, 11, 3), 20).date();
        assertThatThrownBy(() -> fx.asTown(last, (d, em) -> d.abandonUnpaid(em, r.id(), noticed.version(), "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.fee-still-open");
        RequestView closed = fx.asTown(last.plusDays(1), (d, em) -> d.abandonUnpaid(em, r.id(), noticed.version(), "c"));
        assertThat(closed.state()).isEqualTo(RequestState.ABANDONED);
        assertThat(closed.closingReason()).isEqualTo(ClosingReason.FEE_UNPAID);
        assertThat(closed.resultRow()).isEqualTo(ResultRow.OTHER_FEE_UNPAID);
    }

    @Test
    void a_waived_fee_restarts_the_clock_like_a_payment() {
        RequestView r = fx.registered(LocalDate.of(2026, 11, 2), applicant("减免" + UUID.randomUUID(), "低保审批表")).request();
        RequestView noticed = fx.asTown(LocalDate.of(2026, 11, 5),
                (d, em) -> d.noticeFee(em, r.id(), r.version(), FeeMethod.PER_PAGE, 31, "c"));
        assertThatThrownBy(() -> fx.asTown(LocalDate.of(2026, 11, 6),
                (d, em) -> d.settleFee(em, r.id(), noticed.version(), true, LocalDate.of(2026, 11, 4), "c")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.fee-date");
        RequestView waived = fx.asTown(LocalDate.of(2026, 11, 12),
                (d, em) -> d.settleFee(em, r.id(), noticed.version(), true, null, "c"));
        assertThat(waived.fee().settlement()).isEqualTo("WAIVED");
        assertThat(waived.due().date()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void replies_need_their_reason_or_place_and_the_letter_is_archived_as_word_and_pdf() {
        RequestView r = fx.registered(LocalDate.of(2026, 11, 2), applicant("答复" + UUID.randomUUID(), "征地补偿方案")).request();
        LocalDate day = LocalDate.of(2026, 11, 10);
        assertThatThrownBy(() -> fx.asTown(day, (d, em) -> d.answer(em, r.id(), r.version(),
                new Reply(ReplyType.WITHHELD_THIRD_PARTY, " ", null), "c")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.reply-reason-required");
        assertThatThrownBy(() -> fx.asTown(day, (d, em) -> d.answer(em, r.id(), r.version(),
                new Reply(ReplyType.ALREADY_PUBLIC, null, null), "c")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.reply-place-required");
        assertThatThrownBy(() -> fx.asTown(day, (d, em) -> d.answer(em, r.id(), r.version(),
                new Reply(ReplyType.STILL_UNCLEAR, "仍不明确", null), "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.still-unclear-needs-correction");

        RequestView answered = fx.asTown(day, (d, em) -> d.answer(em, r.id(), r.version(),
                new Reply(ReplyType.ALREADY_PUBLIC, null, "百丈漈镇政务公开栏及 https://gongshi.example/board/330328101"), "c"));
        assertThat(answered.resultRow()).isEqualTo(ResultRow.DISCLOSED);
        assertThat(answered.closedOn()).isEqualTo(day);
        try (EntityManager em = fx.db.open(TenantScope.own(BAIZHANGJI))) {
            List<DocumentInfo> docs = desk(day).documents(em, r.id());
            assertThat(docs).extracting(DocumentInfo::kind).containsOnly(RequestDocument.Kind.REPLY_LETTER);
            assertThat(docs).extracting(DocumentInfo::format).containsExactly(RequestDocument.Format.DOCX, RequestDocument.Format.PDF);
            DocumentFile pdf = desk(day).document(em, r.id(), docs.get(1).id());
            assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(pdf.fileName()).isEqualTo(r.receiptNumber() + "-reply-letter.pdf");
            DocumentFile docx = desk(day).document(em, r.id(), docs.get(0).id());
            assertThat(docx.bytes()[0]).isEqualTo((byte) 'P'); // a zip package
            assertThat(new AuditTrail().of(em, r.id())).extracting("action").contains("request.answered");
        }
    }

    @Test
    void the_delivery_of_the_reply_is_recorded_once_answered_and_not_before_the_reply() {
        RequestView r = fx.registered(LocalDate.of(2026, 11, 2), applicant("送达" + UUID.randomUUID(), "项目验收报告")).request();
        assertThatThrownBy(() -> fx.asTown(LocalDate.of(2026, 11, 3), (d, em) -> d.recordDelivery(em, r.id(), r.version(),
                DeliveryMethod.POST, null, null, "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.deliver-not-now");
        RequestView answered = fx.asTown(LocalDate.of(2026, 11, 4), (d, em) -> d.answer(em, r.id(), r.version(),
                new Reply(ReplyType.DISCLOSED, null, null), "c"));
        assertThatThrownBy(() -> fx.asTown(LocalDate.of(2026, 11, 5), (d, em) -> d.recordDelivery(em, r.id(), answered.version(),
                DeliveryMethod.POST, LocalDate.of(2026, 11, 3), null, "c")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.delivery-date");
        RequestView delivered = fx.asTown(LocalDate.of(2026, 11, 5), (d, em) -> d.recordDelivery(em, r.id(), answered.version(),
                DeliveryMethod.POST, null, "挂号信 XA123456789CN", "c"));
        assertThat(delivered.delivery().method()).isEqualTo(DeliveryMethod.POST);
        assertThat(delivered.delivery().on()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(delivered.state()).isEqualTo(RequestState.ANSWERED);
        assertThatThrownBy(() -> fx.asTown(LocalDate.of(2026, 11, 6), (d, em) -> d.recordDelivery(em, r.id(), answered.version(),
                DeliveryMethod.EMAIL, null, null, "c"))).isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void a_withdrawn_request_closes_with_how_it_was_withdrawn_and_counts_as_other() {
        RequestView r = fx.registered(LocalDate.of(2026, 11, 2), applicant("撤回" + UUID.randomUUID(), "会议记录")).request();
        assertThatThrownBy(() -> fx.asTown(LocalDate.of(2026, 11, 3), (d, em) -> d.withdraw(em, r.id(), r.version(), " ", "c")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.withdrawal-note-required");
        RequestView withdrawn = fx.asTown(LocalDate.of(2026, 11, 3),
                (d, em) -> d.withdraw(em, r.id(), r.version(), "2026年11月3日申请人书面撤回", "c"));
        assertThat(withdrawn.state()).isEqualTo(RequestState.WITHDRAWN);
        assertThat(withdrawn.resultRow()).isEqualTo(ResultRow.OTHER);
        assertThatThrownBy(() -> fx.asTown(LocalDate.of(2026, 11, 4), (d, em) -> d.answer(em, r.id(), withdrawn.version(),
                new Reply(ReplyType.DISCLOSED, null, null), "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.closed");
    }

    @Test
    void review_and_litigation_are_recorded_decided_once_and_invisible_to_another_division() {
        RequestView r = fx.registered(LocalDate.of(2026, 9, 1), applicant("复议" + UUID.randomUUID(), "拆迁补偿标准")).request();
        LocalDate today = LocalDate.of(2026, 11, 20);
        assertThatThrownBy(() -> fx.asTown(today, (d, em) -> d.fileChallenge(em, r.id(),
                RequestChallenge.Kind.ADMINISTRATIVE_REVIEW, LocalDate.of(2026, 8, 1), null, "c")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.challenge.filed-on");
        ChallengeView filed = fx.asTown(today, (d, em) -> d.fileChallenge(em, r.id(),
                RequestChallenge.Kind.ADMINISTRATIVE_REVIEW, LocalDate.of(2026, 10, 15), "县政府受理", "c"));
        assertThat(filed.outcome()).isEqualTo(RequestChallenge.Outcome.PENDING);
        ChallengeView decided = fx.asTown(today, (d, em) -> d.decideChallenge(em, r.id(), filed.id(), filed.version(),
                RequestChallenge.Outcome.CORRECTED, LocalDate.of(2026, 11, 18), "责令重新答复", "c"));
        assertThat(decided.outcome()).isEqualTo(RequestChallenge.Outcome.CORRECTED);
        assertThatThrownBy(() -> fx.asTown(today, (d, em) -> d.decideChallenge(em, r.id(), filed.id(), decided.version(),
                RequestChallenge.Outcome.UPHELD, LocalDate.of(2026, 11, 19), null, "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.challenge.decided");
        // The village's scope finds neither the request nor its challenges.
        assertThatThrownBy(() -> fx.in(RequestDesk.handlerScope(VILLAGE_CLERK, HUANGZHUANG),
                em -> desk(today).challenges(em, r.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> fx.in(RequestDesk.handlerScope(VILLAGE_CLERK, HUANGZHUANG),
                em -> desk(today).fileChallenge(em, r.id(), RequestChallenge.Kind.LITIGATION_DIRECT, today, null, "x")))
                .isInstanceOf(NotFound.class);
        try (EntityManager em = fx.db.open(TenantScope.own(HUANGZHUANG))) {
            assertThat(em.find(RequestChallenge.class, filed.id())).isNull();
        }
    }

    @Test
    void another_division_reaches_no_fee_letter_or_reply_of_the_town() {
        RequestView r = fx.registered(LocalDate.of(2026, 11, 2), applicant("隔离" + UUID.randomUUID(), "村务监督报告")).request();
        RequestView answered = fx.asTown(LocalDate.of(2026, 11, 4), (d, em) -> d.answer(em, r.id(), r.version(),
                new Reply(ReplyType.DISCLOSED, null, null), "c"));
        String documentId;
        try (EntityManager em = fx.db.open(TenantScope.own(BAIZHANGJI))) {
            documentId = desk(LocalDate.of(2026, 11, 4)).documents(em, r.id()).getFirst().id();
        }
        TenantScope village = RequestDesk.handlerScope(VILLAGE_CLERK, HUANGZHUANG);
        LocalDate day = LocalDate.of(2026, 11, 5);
        assertThatThrownBy(() -> fx.in(village, em -> desk(day).documents(em, r.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> fx.in(village, em -> desk(day).document(em, r.id(), documentId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> fx.in(village, em -> desk(day).recordDelivery(em, r.id(), answered.version(),
                DeliveryMethod.POST, null, null, "x"))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> fx.in(village, em -> desk(day).noticeFee(em, r.id(), r.version(), FeeMethod.PER_PAGE, 50, "x")))
                .isInstanceOf(NotFound.class);
        try (EntityManager em = fx.db.open(TenantScope.own(HUANGZHUANG))) {
            assertThat(em.find(RequestDocument.class, documentId)).isNull();
            assertThat(em.createQuery("SELECT COUNT(d) FROM RequestDocument d", Long.class).getSingleResult()).isZero();
        }
    }

    @Test
    void the_applicant_downloads_their_letters_with_the_access_code_only() {
        Intake intake = fx.registered(LocalDate.of(2026, 11, 2), applicant("下载" + UUID.randomUUID(), "环境监测报告"));
        RequestView r = intake.request();
        fx.asTown(LocalDate.of(2026, 11, 4), (d, em) -> d.answer(em, r.id(), r.version(),
                new Reply(ReplyType.NOT_HELD, "经检索本机关未制作该报告，可向县生态环境分局申请。", null), "c"));
        Intake other = fx.registered(LocalDate.of(2026, 11, 2), applicant("别人" + UUID.randomUUID(), "别的"));
        PublicRequestStatus status = fx.in(TenantScope.own(BAIZHANGJI),
                em -> desk(LocalDate.of(2026, 11, 5)).follow(em, intake.receiptNumber(), intake.accessCode()));
        assertThat(status.documents()).hasSize(2);
        String pdf = status.documents().get(1).id();
        DocumentFile file = fx.in(TenantScope.own(BAIZHANGJI),
                em -> desk(LocalDate.of(2026, 11, 5)).followDocument(em, intake.receiptNumber(), intake.accessCode(), pdf));
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        Throwable wrongCode = org.assertj.core.api.Assertions.catchThrowable(() -> fx.in(TenantScope.own(BAIZHANGJI),
                em -> desk(LocalDate.of(2026, 11, 5)).followDocument(em, intake.receiptNumber(), other.accessCode(), pdf)));
        Throwable otherRequest = org.assertj.core.api.Assertions.catchThrowable(() -> fx.in(TenantScope.own(BAIZHANGJI),
                em -> desk(LocalDate.of(2026, 11, 5)).followDocument(em, other.receiptNumber(), other.accessCode(), pdf)));
        assertThat(wrongCode).isInstanceOf(NotFound.class);
        assertThat(key(wrongCode)).isEqualTo("error.disclosure.not-found");
        assertThat(otherRequest).isInstanceOf(NotFound.class);
        assertThat(key(otherRequest)).isEqualTo("error.disclosure.document-not-found");
    }

    @Test
    void information_several_applicants_got_is_a_candidate_for_proactive_disclosure_once() {
        String topic = "百丈漈镇" + UUID.randomUUID().toString().substring(0, 4) + "年度农村危房改造补助资金发放明细";
        LocalDate today = LocalDate.of(2026, 11, 20);
        List<String> ids = new java.util.ArrayList<>();
        for (String who : List.of("甲", "乙", "丙")) {
            RequestView r = fx.registered(LocalDate.of(2026, 10, 12), applicant(who + UUID.randomUUID(),
                    "申请公开" + topic + ("乙".equals(who) ? "（2026年）" : ""))).request();
            fx.asTown(LocalDate.of(2026, 10, 20), (d, em) -> d.answer(em, r.id(), r.version(),
                    new Reply(ReplyType.DISCLOSED, null, null), "c"));
            ids.add(r.id());
        }
        // One applicant asking three times is not "several applicants".
        Application same = applicant("同一人" + UUID.randomUUID(), "2026年村级公益事业一事一议财政奖补项目清单");
        for (int i = 0; i < 3; i++) {
            RequestView r = fx.registered(LocalDate.of(2026, 10, 13), same).request();
            fx.asTown(LocalDate.of(2026, 10, 20), (d, em) -> d.answer(em, r.id(), r.version(),
                    new Reply(ReplyType.DISCLOSED, null, null), "c"));
        }
        List<ProactiveCandidates.Candidate> candidates = fx.in(TenantScope.own(BAIZHANGJI),
                em -> desk(today).proactiveCandidates(em, 12, 2));
        ProactiveCandidates.Candidate ours = candidates.stream()
                .filter(c -> c.requests().stream().anyMatch(m -> ids.contains(m.id()))).findFirst().orElseThrow();
        assertThat(ours.applicants()).isEqualTo(3);
        assertThat(ours.requests()).extracting(ProactiveCandidates.Member::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(candidates).noneMatch(c -> c.suggestedTitle().contains("一事一议"));

        fx.asTown(today, (d, em) -> {
            d.markProactive(em, ids, "0190f3a2-7b1c-7def-8000-0000000000ab", "c");
            return null;
        });
        List<ProactiveCandidates.Candidate> after = fx.in(TenantScope.own(BAIZHANGJI),
                em -> desk(today).proactiveCandidates(em, 12, 2));
        assertThat(after).noneMatch(c -> c.requests().stream().anyMatch(m -> ids.contains(m.id())));
        assertThatThrownBy(() -> fx.asTown(today, (d, em) -> {
            d.markProactive(em, ids, "0190f3a2-7b1c-7def-8000-0000000000ac", "c");
            return null;
        })).isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.proactive-already");
    }
}
