package org.gongshi.request;

import jakarta.persistence.EntityManager;
import org.gongshi.access.TestDatabase;
import org.gongshi.audit.AuditTrail;
import org.gongshi.calendar.WorkingDays;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.GongshiException;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Disclosure requests on the real mappings and migrations (H2, or PostgreSQL with GONGSHI_DB_URL):
 * intake, every transition and its refusals, the stored due date, the audit trail, tenant scope.
 */
class DisclosureRequestTest {

    private static final DivisionCode BAIZHANGJI = RequestFixture.BAIZHANGJI;
    private static final DivisionCode HUANGZHUANG = RequestFixture.HUANGZHUANG;
    private static final DivisionCode WENCHENG = RequestFixture.WENCHENG;
    private static final WorkingDays DAYS = RequestFixture.DAYS;
    private static final StaffIdentity TOWN_CLERK = RequestFixture.TOWN_CLERK;
    private static final StaffIdentity TOWN_HEAD = RequestFixture.TOWN_HEAD;
    private static final StaffIdentity VILLAGE_CLERK = RequestFixture.VILLAGE_CLERK;
    private static final StaffIdentity COUNTY = RequestFixture.COUNTY;
    private static final Application APPLICATION = RequestFixture.APPLICATION;

    private static RequestFixture fx;
    private static TestDatabase db;

    @BeforeAll
    static void open() {
        fx = new RequestFixture();
        db = fx.db;
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    private static RequestDesk desk(LocalDate today) {
        return RequestFixture.desk(today);
    }

    private static <T> T in(TenantScope scope, Function<EntityManager, T> work) {
        return fx.in(scope, work);
    }

    private static <T> T asTown(LocalDate today, java.util.function.BiFunction<RequestDesk, EntityManager, T> work) {
        return fx.asTown(today, work);
    }

    private static Intake registered(LocalDate on) {
        return fx.registered(on);
    }

    private static String key(Throwable t) {
        return ((GongshiException) t).messageKey();
    }

    @Test
    void a_registered_request_gets_a_readable_receipt_number_an_access_code_and_its_due_date() {
        LocalDate on = LocalDate.of(2026, 9, 18);
        Intake first = registered(on);
        Intake second = registered(on);
        assertThat(first.receiptNumber()).matches("330328101-2026-\\d{4}");
        assertThat(Integer.parseInt(second.receiptNumber().substring(15)))
                .isEqualTo(Integer.parseInt(first.receiptNumber().substring(15)) + 1);
        assertThat(first.accessCode()).hasSize(12).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]+");
        RequestView view = first.request();
        assertThat(view.state()).isEqualTo(RequestState.RECEIVED);
        assertThat(view.due().date()).isEqualTo(LocalDate.of(2026, 10, 22));
        assertThat(view.correction().deadline().date()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(view.correction().warn()).isFalse();
        // The code itself is never stored, only its salted hash.
        try (EntityManager em = db.open(TenantScope.own(BAIZHANGJI))) {
            DisclosureRequest stored = em.find(DisclosureRequest.class, view.id());
            assertThat(stored.dueOn()).isEqualTo(LocalDate.of(2026, 10, 22));
            assertThat(stored.accessCodeMatches(first.accessCode())).isTrue();
            assertThat(stored.accessCodeMatches(first.accessCode().toLowerCase())).isTrue();
            assertThat(stored.accessCodeMatches(second.accessCode())).isFalse();
            assertThat(new AuditTrail().of(em, view.id())).extracting("action").containsExactly("request.registered");
        }
    }

    @Test
    void bad_intake_is_refused_with_a_key_and_uses_no_receipt_number() {
        LocalDate today = LocalDate.of(2026, 9, 18);
        assertThatThrownBy(() -> asTown(today, (d, em) -> d.register(em, BAIZHANGJI, RequestChannel.FAX, today.plusDays(1), APPLICATION, "c")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.date-in-future");
        assertThatThrownBy(() -> asTown(today, (d, em) -> d.register(em, BAIZHANGJI, RequestChannel.FAX, today,
                new Application(ApplicantType.OTHER, "甲", "x", " "), "c")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.description-required");
        assertThatThrownBy(() -> asTown(today, (d, em) -> d.register(em, BAIZHANGJI, null, today, APPLICATION, "c")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.channel-required");
    }

    @Test
    void a_correction_is_asked_once_within_seven_working_days_and_restarts_the_period_when_returned() {
        Intake intake = registered(LocalDate.of(2026, 9, 18));
        String id = intake.request().id();
        RequestView warned = asTown(LocalDate.of(2026, 9, 24), (d, em) -> d.get(em, id));
        assertThat(warned.correction().warn()).isTrue();

        RequestView asked = asTown(LocalDate.of(2026, 9, 24), (d, em) -> d.askForCorrection(em, id, 1, "wc-bzj-clerk"));
        assertThat(asked.state()).isEqualTo(RequestState.AWAITING_CORRECTION);
        assertThat(asked.due().provisional()).isTrue();
        assertThat(asked.correctionReturnDue().date()).isEqualTo(DAYS.add(LocalDate.of(2026, 9, 24), 15).date());

        RequestView returned = asTown(LocalDate.of(2026, 10, 12),
                (d, em) -> d.receiveCorrection(em, id, asked.version(), LocalDate.of(2026, 10, 12), "wc-bzj-clerk"));
        assertThat(returned.state()).isEqualTo(RequestState.RECEIVED);
        assertThat(returned.due().date()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(returned.due().explanation()).anySatisfy(l -> assertThat(l).contains("补正"));
        assertThat(returned.correctionAskedOn()).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(returned.correctionReceivedOn()).isEqualTo(LocalDate.of(2026, 10, 12));

        assertThatThrownBy(() -> asTown(LocalDate.of(2026, 10, 13), (d, em) -> d.askForCorrection(em, id, returned.version(), "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.correction-once");
    }

    @Test
    void a_correction_cannot_be_asked_after_the_seven_working_days() {
        String id = registered(LocalDate.of(2026, 9, 18)).request().id();
        assertThatThrownBy(() -> asTown(LocalDate.of(2026, 9, 30), (d, em) -> d.askForCorrection(em, id, 1, "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.correction-too-late");
    }

    @Test
    void a_correction_not_returned_within_fifteen_working_days_closes_the_request_as_abandoned() {
        String id = registered(LocalDate.of(2026, 11, 2)).request().id();
        RequestView asked = asTown(LocalDate.of(2026, 11, 3), (d, em) -> d.askForCorrection(em, id, 1, "c"));
        LocalDate last = DAYS.add(LocalDate.of(2026, 11, 3), 15).date();
        assertThatThrownBy(() -> asTown(last, (d, em) -> d.abandon(em, id, asked.version(), "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.correction-still-open");
        RequestView abandoned = asTown(last.plusDays(1), (d, em) -> d.abandon(em, id, asked.version(), "c"));
        assertThat(abandoned.state()).isEqualTo(RequestState.ABANDONED);
        assertThatThrownBy(() -> asTown(last.plusDays(2), (d, em) -> d.answer(em, id, abandoned.version(), new Reply(ReplyType.DISCLOSED, null, null), "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.closed");
        assertThatThrownBy(() -> asTown(last.plusDays(2), (d, em) -> d.receiveCorrection(em, id, abandoned.version(), null, "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.closed");
    }

    @Test
    void a_consultation_pauses_the_clock_and_no_reply_goes_out_while_it_runs() {
        String id = registered(LocalDate.of(2026, 9, 18)).request().id();
        RequestView consulting = asTown(LocalDate.of(2026, 9, 21), (d, em) -> d.startConsultation(em, id, 1, "c"));
        assertThat(consulting.state()).isEqualTo(RequestState.CONSULTING_THIRD_PARTY);
        assertThat(consulting.due().provisional()).isTrue();
        assertThatThrownBy(() -> asTown(LocalDate.of(2026, 9, 22), (d, em) -> d.answer(em, id, consulting.version(), new Reply(ReplyType.DISCLOSED, null, null), "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.answer-not-now");
        assertThatThrownBy(() -> asTown(LocalDate.of(2026, 9, 22), (d, em) -> d.startConsultation(em, id, consulting.version(), "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.consultation-not-now");
        RequestView ended = asTown(LocalDate.of(2026, 9, 25), (d, em) -> d.endConsultation(em, id, consulting.version(), "c"));
        assertThat(ended.state()).isEqualTo(RequestState.RECEIVED);
        assertThat(ended.due().date()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(ended.due().provisional()).isFalse();
        assertThatThrownBy(() -> asTown(LocalDate.of(2026, 9, 28), (d, em) -> d.endConsultation(em, id, ended.version(), "c")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.no-consultation");
        RequestView answered = asTown(LocalDate.of(2026, 9, 28), (d, em) -> d.answer(em, id, ended.version(), new Reply(ReplyType.PARTLY_DISCLOSED, "第三部分涉及个人隐私（第十五条）", null), "c"));
        assertThat(answered.state()).isEqualTo(RequestState.ANSWERED);
        assertThat(answered.replyType()).isEqualTo(ReplyType.PARTLY_DISCLOSED);
        try (EntityManager em = db.open(TenantScope.own(BAIZHANGJI))) {
            assertThat(new AuditTrail().of(em, id)).extracting("action").containsExactly("request.registered",
                    "request.consultation-started", "request.consultation-ended", "request.answered");
        }
    }

    @Test
    void only_the_disclosure_head_extends_once_by_at_most_twenty_working_days_and_the_applicant_is_told() {
        String id = registered(LocalDate.of(2026, 9, 18)).request().id();
        LocalDate today = LocalDate.of(2026, 10, 20);
        assertThatThrownBy(() -> asTown(today, (d, em) -> d.extend(em, TOWN_CLERK, id, 1, 20, "电话告知")))
                .isInstanceOf(AccessDenied.class).extracting("messageKey").isEqualTo("error.disclosure.head-required");
        assertThatThrownBy(() -> asTown(today, (d, em) -> d.extend(em, TOWN_HEAD, id, 1, 21, "电话告知")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.extension-days");
        assertThatThrownBy(() -> asTown(today, (d, em) -> d.extend(em, TOWN_HEAD, id, 1, 20, " ")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.applicant-told-required");
        RequestView extended = asTown(today, (d, em) -> d.extend(em, TOWN_HEAD, id, 1, 20, "2026年10月20日书面告知"));
        assertThat(extended.state()).isEqualTo(RequestState.EXTENDED);
        assertThat(extended.due().date()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(extended.applicantToldHow()).isEqualTo("2026年10月20日书面告知");
        assertThat(extended.extendedOn()).isEqualTo(today);
        assertThat(extended.extendedBy()).isEqualTo("wc-bzj-head");
        assertThatThrownBy(() -> asTown(today, (d, em) -> d.extend(em, TOWN_HEAD, id, extended.version(), 5, "再次")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.disclosure.already-extended");
        // A consultation after the extension still pauses the clock and comes back to EXTENDED.
        RequestView consulting = asTown(today, (d, em) -> d.startConsultation(em, id, extended.version(), "c"));
        RequestView back = asTown(today.plusDays(3), (d, em) -> d.endConsultation(em, id, consulting.version(), "c"));
        assertThat(back.state()).isEqualTo(RequestState.EXTENDED);
        assertThat(back.due().date()).isEqualTo(DAYS.add(LocalDate.of(2026, 9, 18), 40 + DAYS.between(today, today.plusDays(3))).date());
        assertThatThrownBy(() -> asTown(today, (d, em) -> d.answer(em, id, back.version(), null, "c")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.reply-type-required");
    }

    @Test
    void a_change_on_a_stale_version_is_refused() {
        String id = registered(LocalDate.of(2026, 9, 18)).request().id();
        asTown(LocalDate.of(2026, 9, 21), (d, em) -> d.startConsultation(em, id, 1, "c"));
        assertThatThrownBy(() -> asTown(LocalDate.of(2026, 9, 22), (d, em) -> d.endConsultation(em, id, 1, "c")))
                .isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void the_access_code_opens_the_status_and_a_wrong_code_looks_like_an_unknown_receipt() {
        Intake intake = registered(LocalDate.of(2026, 9, 18));
        PublicRequestStatus status = in(TenantScope.own(BAIZHANGJI),
                em -> desk(LocalDate.of(2026, 9, 19)).follow(em, intake.receiptNumber(), intake.accessCode()));
        assertThat(status.state()).isEqualTo(RequestState.RECEIVED);
        assertThat(status.due().date()).isEqualTo(LocalDate.of(2026, 10, 22));
        Throwable wrong = org.assertj.core.api.Assertions.catchThrowable(() -> in(TenantScope.own(BAIZHANGJI),
                em -> desk(LocalDate.of(2026, 9, 19)).follow(em, intake.receiptNumber(), "ABCDEFGHJKMN")));
        Throwable unknown = org.assertj.core.api.Assertions.catchThrowable(() -> in(TenantScope.own(BAIZHANGJI),
                em -> desk(LocalDate.of(2026, 9, 19)).follow(em, "330328101-2026-9999", intake.accessCode())));
        assertThat(wrong).isInstanceOf(NotFound.class);
        assertThat(key(wrong)).isEqualTo(key(unknown)).isEqualTo("error.disclosure.not-found");
        assertThat(RequestDesk.divisionOfReceipt(intake.receiptNumber())).contains(BAIZHANGJI);
        assertThat(RequestDesk.divisionOfReceipt("../330328-x")).isEmpty();
    }

    @Test
    void another_division_cannot_read_or_change_a_request_and_the_county_reads_its_subtree_only() {
        String id = registered(LocalDate.of(2026, 9, 18)).request().id();
        // The village's scope does not see the town's request, by id or by query.
        assertThatThrownBy(() -> in(RequestDesk.handlerScope(VILLAGE_CLERK, HUANGZHUANG),
                em -> desk(LocalDate.of(2026, 9, 21)).startConsultation(em, id, 1, "wc-hz-clerk")))
                .isInstanceOf(NotFound.class);
        try (EntityManager em = db.open(RequestDesk.readScope(VILLAGE_CLERK, HUANGZHUANG))) {
            assertThat(desk(LocalDate.of(2026, 9, 21)).list(em, null)).extracting(RequestView::id).doesNotContain(id);
        }
        // Addressing the town from the village is refused before any query.
        assertThatThrownBy(() -> RequestDesk.readScope(VILLAGE_CLERK, BAIZHANGJI)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> RequestDesk.handlerScope(VILLAGE_CLERK, BAIZHANGJI)).isInstanceOf(AccessDenied.class);
        // The county reads the town's requests in its subtree, including the due list, and changes nothing.
        TenantScope county = RequestDesk.readScope(COUNTY, WENCHENG);
        assertThat(county).isEqualTo(TenantScope.subtreeReadOnly(WENCHENG));
        try (EntityManager em = db.open(county)) {
            List<RequestView> due = desk(LocalDate.of(2026, 10, 20)).due(em, 5);
            assertThat(due).extracting(RequestView::id).contains(id);
        }
        assertThatThrownBy(() -> RequestDesk.handlerScope(COUNTY, WENCHENG)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> RequestDesk.handlerScope(COUNTY, BAIZHANGJI)).isInstanceOf(AccessDenied.class);
        // Another county's scope sees nothing of it.
        try (EntityManager em = db.open(TenantScope.subtreeReadOnly(DivisionCode.of("330213")))) {
            assertThat(em.find(DisclosureRequest.class, id)).isNull();
            assertThat(em.createQuery("SELECT COUNT(r) FROM DisclosureRequest r", Long.class).getSingleResult()).isZero();
            assertThat(em.find(RequestCounter.class, "330328101-2026")).isNull();
        }
    }

    @Test
    void the_due_list_holds_open_requests_due_soon_or_overdue_earliest_first() {
        String soon = registered(LocalDate.of(2026, 9, 18)).request().id();
        String later = registered(LocalDate.of(2026, 10, 16)).request().id();
        try (EntityManager em = db.open(TenantScope.own(BAIZHANGJI))) {
            List<RequestView> due = desk(LocalDate.of(2026, 10, 23)).due(em, 3);
            assertThat(due).extracting(RequestView::id).contains(soon).doesNotContain(later);
            assertThat(due.stream().filter(v -> v.id().equals(soon)).findFirst().orElseThrow().overdue()).isTrue();
        }
    }
}
