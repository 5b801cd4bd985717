package org.gongshi.request;

import jakarta.persistence.EntityManager;
import org.gongshi.access.TestDatabase;
import org.gongshi.audit.AuditTrail;
import org.gongshi.calendar.HolidaySchedule;
import org.gongshi.calendar.WorkingDays;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Residents filing on the public site and at a reading-point kiosk, on the real mappings and
 * migrations (H2, or PostgreSQL with GONGSHI_DB_URL): received today by its channel, the preferred
 * way of reply kept, the same request filed again within ten minutes refused with the earlier
 * receipt number — also when both arrive at the same moment — and only within one division.
 */
class ResidentFilingTest {

    private static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");
    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final DivisionCode XILI = DivisionCode.of("330328101202");
    private static final WorkingDays DAYS = new WorkingDays(HolidaySchedule.bundled());
    private static final Instant MORNING = LocalDate.of(2026, 9, 18).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();

    private static TestDatabase db;

    @BeforeAll
    static void open() {
        db = new TestDatabase();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static RequestDesk desk(Instant now) {
        return new RequestDesk(new AuditTrail(), DAYS, Clock.fixed(now, ZoneId.of("UTC")), RequestFixture.LETTERS);
    }

    /** One use case in its own transaction of the division's own scope, rolled back when it refuses. */
    private static <T> T in(DivisionCode division, Function<EntityManager, T> work) {
        return db.inTransaction(TenantScope.own(division), work);
    }

    private static Intake file(DivisionCode division, RequestChannel channel, Instant at, Application application) {
        return in(division, em -> desk(at).fileByResident(em, division, channel, application));
    }

    private static Application application(String description) {
        return new Application(ApplicantType.NATURAL_PERSON, "王小明", "13800000000", description, null);
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static int number(String receipt) {
        return Integer.parseInt(receipt.substring(receipt.lastIndexOf('-') + 1));
    }

    @Test
    void a_resident_filing_online_is_received_today_keeps_the_preferred_reply_and_is_audited_as_online() {
        Application asked = new Application(ApplicantType.RESEARCH_INSTITUTION, "某农业科学研究所", "wcnky@example.cn",
                unique("2026年百丈漈镇高标准农田建设项目验收报告"), PreferredReplyChannel.EMAIL);
        Intake intake = file(BAIZHANGJI, RequestChannel.ONLINE, MORNING, asked);

        RequestView view = intake.request();
        assertThat(intake.receiptNumber()).matches("330328101-2026-\\d{4}");
        assertThat(intake.accessCode()).hasSize(AccessCode.LENGTH);
        assertThat(view.channel()).isEqualTo(RequestChannel.ONLINE);
        assertThat(view.receivedOn()).isEqualTo(LocalDate.of(2026, 9, 18));
        assertThat(view.applicantType()).isEqualTo(ApplicantType.RESEARCH_INSTITUTION);
        assertThat(view.preferredReply()).isEqualTo(PreferredReplyChannel.EMAIL);
        assertThat(view.due().date()).isEqualTo(LocalDate.of(2026, 10, 22));
        try (EntityManager em = db.open(TenantScope.own(BAIZHANGJI))) {
            DisclosureRequest stored = em.find(DisclosureRequest.class, view.id());
            assertThat(stored.preferredReply()).isEqualTo(PreferredReplyChannel.EMAIL);
            assertThat(stored.createdBy()).isEqualTo(RequestDesk.PUBLIC);
            assertThat(stored.accessCodeMatches(intake.accessCode())).isTrue();
            assertThat(new AuditTrail().of(em, view.id())).extracting("action").containsExactly("request.filed-online");
        }
    }

    @Test
    void a_filing_at_the_kiosk_is_recorded_with_the_kiosk_channel_and_without_a_preferred_reply_when_none_was_chosen() {
        Intake intake = file(HUANGZHUANG, RequestChannel.KIOSK, MORNING, application(unique("篁庄村2026年村级财务收支明细")));
        assertThat(intake.request().channel()).isEqualTo(RequestChannel.KIOSK);
        assertThat(intake.request().preferredReply()).isNull();
        assertThat(intake.receiptNumber()).startsWith("330328101200-2026-");
        try (EntityManager em = db.open(TenantScope.own(HUANGZHUANG))) {
            assertThat(new AuditTrail().of(em, intake.request().id())).extracting("action").containsExactly("request.filed-at-kiosk");
        }
    }

    @Test
    void residents_file_only_online_or_at_a_kiosk() {
        assertThatThrownBy(() -> file(BAIZHANGJI, RequestChannel.IN_PERSON, MORNING, application(unique("文件"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_same_request_filed_again_within_ten_minutes_is_refused_naming_the_earlier_receipt_and_uses_no_number() {
        Application asked = application(unique("百丈漈镇2026年道路硬化工程招标文件"));
        Intake first = file(BAIZHANGJI, RequestChannel.ONLINE, MORNING, asked);

        // Re-posted nine minutes later, even at the kiosk and with spaces around the text: the same request.
        Application again = new Application(ApplicantType.NATURAL_PERSON, " 王小明 ", "13800000000 ", " " + asked.description() + "\n",
                PreferredReplyChannel.POST);
        assertThatThrownBy(() -> file(BAIZHANGJI, RequestChannel.KIOSK, MORNING.plus(Duration.ofMinutes(9)), again))
                .isInstanceOf(DuplicateFiling.class)
                .satisfies(e -> {
                    DuplicateFiling d = (DuplicateFiling) e;
                    assertThat(d.earlierReceipt()).isEqualTo(first.receiptNumber());
                    assertThat(d.messageKey()).isEqualTo("error.disclosure.duplicate-filing");
                    assertThat(d.arguments()).containsExactly(first.receiptNumber()).doesNotContain(first.accessCode());
                });

        // The refused filing used up no receipt number: the next request gets the very next one.
        Intake next = file(BAIZHANGJI, RequestChannel.ONLINE, MORNING.plus(Duration.ofMinutes(9)), application(unique("另一份文件")));
        assertThat(number(next.receiptNumber())).isEqualTo(number(first.receiptNumber()) + 1);
    }

    @Test
    void the_same_text_is_a_new_request_after_ten_minutes_or_with_another_contact_or_description() {
        Application asked = application(unique("百丈漈镇2026年低保资金发放明细"));
        Intake first = file(BAIZHANGJI, RequestChannel.ONLINE, MORNING, asked);

        Intake otherContact = file(BAIZHANGJI, RequestChannel.ONLINE, MORNING.plusSeconds(60),
                new Application(ApplicantType.NATURAL_PERSON, "王小明", "13900000000", asked.description()));
        Intake otherText = file(BAIZHANGJI, RequestChannel.ONLINE, MORNING.plusSeconds(60), application(asked.description() + "（2025年）"));
        Intake later = file(BAIZHANGJI, RequestChannel.ONLINE, MORNING.plus(Duration.ofMinutes(10)).plusSeconds(1), asked);

        assertThat(List.of(otherContact.receiptNumber(), otherText.receiptNumber(), later.receiptNumber()))
                .doesNotHaveDuplicates().doesNotContain(first.receiptNumber());
    }

    @Test
    void a_request_registered_by_staff_is_not_taken_for_a_residents_repeat() {
        Application asked = application(unique("百丈漈镇2026年征地补偿标准"));
        in(BAIZHANGJI, em -> desk(MORNING).register(em, BAIZHANGJI, RequestChannel.IN_PERSON, LocalDate.of(2026, 9, 18), asked, "wc-bzj-clerk"));
        Intake online = file(BAIZHANGJI, RequestChannel.ONLINE, MORNING.plusSeconds(30), asked);
        assertThat(online.request().channel()).isEqualTo(RequestChannel.ONLINE);
    }

    @Test
    void the_same_text_filed_at_two_villages_is_two_requests_and_neither_village_sees_the_others() {
        Application asked = application(unique("村级公益事业一事一议筹资筹劳方案"));
        Intake atHuangzhuang = file(HUANGZHUANG, RequestChannel.KIOSK, MORNING, asked);
        Intake atXili = file(XILI, RequestChannel.KIOSK, MORNING.plusSeconds(5), asked);
        assertThat(atXili.receiptNumber()).startsWith("330328101202-");

        try (EntityManager em = db.open(TenantScope.own(XILI))) {
            assertThat(em.find(DisclosureRequest.class, atHuangzhuang.request().id())).isNull();
            RequestDesk d = desk(MORNING);
            assertThatThrownBy(() -> d.follow(em, atHuangzhuang.receiptNumber(), atHuangzhuang.accessCode()))
                    .isInstanceOf(NotFound.class);
        }
        try (EntityManager em = db.open(TenantScope.own(HUANGZHUANG))) {
            assertThat(desk(MORNING).follow(em, atHuangzhuang.receiptNumber(), atHuangzhuang.accessCode()).state())
                    .isEqualTo(RequestState.RECEIVED);
        }
    }

    @Test
    void two_identical_filings_at_the_same_moment_open_exactly_one_request() throws Exception {
        // The division's counter for the year exists (the lock the check runs under is a row lock).
        file(BAIZHANGJI, RequestChannel.ONLINE, MORNING, application(unique("计数器")));
        Application asked = application(unique("百丈漈镇2026年危房改造补助对象名单"));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return file(BAIZHANGJI, RequestChannel.ONLINE, MORNING.plusSeconds(1), asked);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn(Intake.class::isInstance).hasSize(1);
            Intake filed = (Intake) outcomes.stream().filter(Intake.class::isInstance).findFirst().orElseThrow();
            assertThat(outcomes).filteredOn(DuplicateFiling.class::isInstance).singleElement()
                    .extracting(o -> ((DuplicateFiling) o).earlierReceipt()).isEqualTo(filed.receiptNumber());
        } finally {
            pool.shutdownNow();
        }
        try (EntityManager em = db.open(TenantScope.own(BAIZHANGJI))) {
            assertThat(em.createQuery("SELECT COUNT(r) FROM DisclosureRequest r WHERE r.description = :d", Long.class)
                    .setParameter("d", asked.description()).getSingleResult()).isEqualTo(1L);
        }
    }
}
