package org.gongshi.web.rest;

import org.gongshi.request.ApplicantType;
import org.gongshi.request.Application;
import org.gongshi.request.DueDate;
import org.gongshi.request.DuplicateFiling;
import org.gongshi.request.Intake;
import org.gongshi.request.RequestChannel;
import org.gongshi.request.RequestService;
import org.gongshi.request.RequestState;
import org.gongshi.request.RequestView;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.http.HandClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The guards every way of filing shares: one filing per key (the same receipt and code again for a
 * repeat, also for two posts at the same moment), keys per client address, the filing allowance
 * taken only by real filings.
 */
class ResidentFilingTest {

    private static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");
    private static final Application APPLICATION = new Application(ApplicantType.NATURAL_PERSON, "王小明", "13800000000",
            "2026年百丈漈镇道路硬化工程的招标文件");

    private final HandClock clock = new HandClock(Instant.parse("2026-09-18T02:00:00Z"));

    /** The service: numbers receipts and makes codes, or does what the test asks on the next call. */
    private static final class FakeRequests extends RequestService {
        final AtomicInteger filings = new AtomicInteger();
        volatile CountDownLatch hold;
        volatile RuntimeException refuse;

        @Override
        public Intake fileByResident(DivisionCode division, RequestChannel channel, Application application) {
            if (refuse != null) {
                RuntimeException r = refuse;
                refuse = null;
                throw r;
            }
            int n = filings.incrementAndGet();
            if (hold != null) {
                try {
                    hold.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            RequestView view = mock(RequestView.class);
            when(view.state()).thenReturn(RequestState.RECEIVED);
            when(view.receivedOn()).thenReturn(LocalDate.of(2026, 9, 18));
            when(view.due()).thenReturn(new DueDate(LocalDate.of(2026, 10, 22), false, List.of("自2026年9月19日起算")));
            return new Intake("%s-2026-%04d".formatted(division.value(), n), "CODE%08d".formatted(n), view);
        }
    }

    private final FakeRequests requests = new FakeRequests();

    private ResidentFiling filing(int perTenMinutes) {
        ResidentFiling f = new ResidentFiling();
        f.requests = requests;
        f.limit = new FilingLimit(perTenMinutes, 10, 20, clock);
        f.memory = new IdempotentFilings(clock);
        return f;
    }

    @Test
    void a_repeat_with_the_same_key_answers_the_same_receipt_and_code_and_files_nothing_more() {
        ResidentFiling f = filing(5);
        IdempotentFilings.Outcome first = f.file("10.0.0.1", "key-0000001", BAIZHANGJI, RequestChannel.ONLINE, APPLICATION);
        clock.advance(Duration.ofMinutes(9));
        IdempotentFilings.Outcome again = f.file("10.0.0.1", "key-0000001", BAIZHANGJI, RequestChannel.ONLINE,
                new Application(ApplicantType.NATURAL_PERSON, " 王小明", "13800000000 ", APPLICATION.description()));

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.filed()).isEqualTo(first.filed());
        assertThat(requests.filings).hasValue(1);

        // Ten minutes after the filing the key is forgotten (the database's check for the same content takes over).
        clock.advance(Duration.ofMinutes(1));
        assertThat(f.file("10.0.0.1", "key-0000001", BAIZHANGJI, RequestChannel.ONLINE, APPLICATION).replayed()).isFalse();
        assertThat(requests.filings).hasValue(2);
    }

    @Test
    void two_posts_with_the_same_key_at_the_same_moment_file_once_and_both_get_the_same_code() throws Exception {
        ResidentFiling f = filing(5);
        requests.hold = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<IdempotentFilings.Outcome> first = pool.submit(() -> f.file("10.0.0.1", "double-click-1", BAIZHANGJI,
                    RequestChannel.ONLINE, APPLICATION));
            while (requests.filings.get() == 0) {
                Thread.sleep(5);
            }
            List<Thread> second = new ArrayList<>();
            Future<IdempotentFilings.Outcome> repeat = pool.submit(() -> {
                second.add(Thread.currentThread());
                return f.file("10.0.0.1", "double-click-1", BAIZHANGJI, RequestChannel.ONLINE, APPLICATION);
            });
            // The repeat waits for the first filing while it is still running.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((second.isEmpty() || second.getFirst().getState() != Thread.State.TIMED_WAITING) && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertThat(repeat.isDone()).isFalse();
            requests.hold.countDown();
            assertThat(repeat.get(10, TimeUnit.SECONDS).filed()).isEqualTo(first.get(10, TimeUnit.SECONDS).filed());
            assertThat(repeat.get().replayed()).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(requests.filings).hasValue(1);
    }

    @Test
    void the_same_key_with_other_content_is_refused_and_files_nothing() {
        ResidentFiling f = filing(5);
        f.file("10.0.0.1", "key-0000002", BAIZHANGJI, RequestChannel.ONLINE, APPLICATION);
        assertThatThrownBy(() -> f.file("10.0.0.1", "key-0000002", BAIZHANGJI, RequestChannel.ONLINE,
                new Application(ApplicantType.NATURAL_PERSON, "王小明", "13800000000", "另一份文件")))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.intake.key-reused");
        assertThat(requests.filings).hasValue(1);
    }

    @Test
    void a_key_sent_from_another_address_is_another_key() {
        ResidentFiling f = filing(5);
        String code = f.file("10.0.0.1", "key-0000003", BAIZHANGJI, RequestChannel.ONLINE, APPLICATION).filed().accessCode();
        IdempotentFilings.Outcome elsewhere = f.file("10.0.0.2", "key-0000003", BAIZHANGJI, RequestChannel.ONLINE, APPLICATION);
        assertThat(elsewhere.replayed()).isFalse();
        assertThat(elsewhere.filed().accessCode()).isNotEqualTo(code);
    }

    @Test
    void a_refused_filing_is_forgotten_so_that_the_same_key_files_once_it_is_accepted() {
        ResidentFiling f = filing(5);
        requests.refuse = new DuplicateFiling("330328101-2026-0007");
        assertThatThrownBy(() -> f.file("10.0.0.1", "key-0000004", BAIZHANGJI, RequestChannel.ONLINE, APPLICATION))
                .isInstanceOf(DuplicateFiling.class);
        IdempotentFilings.Outcome later = f.file("10.0.0.1", "key-0000004", BAIZHANGJI, RequestChannel.ONLINE, APPLICATION);
        assertThat(later.replayed()).isFalse();
        assertThat(requests.filings).hasValue(1);
    }

    @Test
    void the_sixth_filing_in_ten_minutes_is_limited_but_a_repeat_of_an_earlier_one_still_answers() {
        ResidentFiling f = filing(5);
        for (int i = 0; i < 5; i++) {
            f.file("10.0.0.1", "key-limit-" + i, BAIZHANGJI, RequestChannel.ONLINE,
                    new Application(ApplicantType.NATURAL_PERSON, "王小明", "13800000000", "文件 " + i));
        }
        assertThatThrownBy(() -> f.file("10.0.0.1", "key-limit-5", BAIZHANGJI, RequestChannel.ONLINE, APPLICATION))
                .isInstanceOf(RateLimited.class)
                .satisfies(e -> assertThat(((RateLimited) e).retryAfterMinutes()).isEqualTo(10));
        assertThatThrownBy(() -> f.file("10.0.0.1", null, BAIZHANGJI, RequestChannel.KIOSK, APPLICATION))
                .as("without a key, and at a kiosk too").isInstanceOf(RateLimited.class);
        assertThat(f.file("10.0.0.1", "key-limit-4", BAIZHANGJI, RequestChannel.ONLINE,
                new Application(ApplicantType.NATURAL_PERSON, "王小明", "13800000000", "文件 4")).replayed()).isTrue();
        assertThat(f.file("10.0.0.9", "key-limit-5", BAIZHANGJI, RequestChannel.ONLINE, APPLICATION).replayed())
                .as("another client files").isFalse();
        assertThat(requests.filings).hasValue(6);
    }

    @Test
    void a_filing_refused_as_invalid_gives_its_place_back_but_a_refused_repeat_of_content_does_not() {
        ResidentFiling f = filing(1);
        requests.refuse = new InvalidInput("error.disclosure.description-required");
        assertThatThrownBy(() -> f.file("10.0.0.1", null, BAIZHANGJI, RequestChannel.ONLINE, APPLICATION)).isInstanceOf(InvalidInput.class);
        requests.refuse = new DuplicateFiling("330328101-2026-0001");
        assertThatThrownBy(() -> f.file("10.0.0.1", null, BAIZHANGJI, RequestChannel.ONLINE, APPLICATION)).isInstanceOf(DuplicateFiling.class);
        assertThatThrownBy(() -> f.file("10.0.0.1", null, BAIZHANGJI, RequestChannel.ONLINE, APPLICATION)).isInstanceOf(RateLimited.class);
    }

    @Test
    void a_malformed_key_is_refused_in_words() {
        ResidentFiling f = filing(5);
        assertThatThrownBy(() -> f.file("10.0.0.1", "short", BAIZHANGJI, RequestChannel.ONLINE, APPLICATION))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.intake.key-invalid");
        assertThatThrownBy(() -> f.file("10.0.0.1", "键".repeat(10), BAIZHANGJI, RequestChannel.ONLINE, APPLICATION))
                .isInstanceOf(InvalidInput.class);
        assertThat(requests.filings).hasValue(0);
    }

    @Test
    void control_characters_never_reach_a_request() {
        Application cleaned = ResidentFiling.application(ApplicantType.OTHER, "甲\u0000乙", "1\u0007", "第一行\n第二行\t\u001b[31m", null);
        assertThat(cleaned.applicantName()).isEqualTo("甲乙");
        assertThat(cleaned.applicantContact()).isEqualTo("1");
        assertThat(cleaned.description()).isEqualTo("第一行\n第二行\t[31m");
    }

    @Test
    void the_memory_of_keys_is_bounded() {
        IdempotentFilings memory = new IdempotentFilings(clock);
        for (int i = 0; i < IdempotentFilings.MAX_ENTRIES + 500; i++) {
            int n = i;
            memory.once("k" + i, "f", () -> new PublicRequestResource.Filed("r" + n, "c", "RECEIVED", null, null));
        }
        assertThat(memory.size()).isLessThanOrEqualTo(IdempotentFilings.MAX_ENTRIES);
    }
}
