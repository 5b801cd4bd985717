package org.gongshi.request;

import org.gongshi.calendar.WorkingDayCount;
import org.gongshi.calendar.WorkingDays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one place that computes a request's legal time limits, on the official working-day calendar.
 * Every period starts the day after its start event (Civil Code Art. 201, see {@link WorkingDays}).
 * <ul>
 *   <li>Reply: {@value #REPLY_DAYS} working days from receipt (Regulation Art. 33), or from the
 *       receipt of the correction when one was asked for (Art. 30).</li>
 *   <li>Correction request: must go out within {@value #CORRECTION_REQUEST_DAYS} working days of
 *       receipt (Art. 30); staff are warned when {@value #WARN_DAYS} or fewer remain.</li>
 *   <li>Correction return: the statute says only "within a reasonable time"; this application gives
 *       the applicant {@value #CORRECTION_RETURN_DAYS} working days from the day the correction
 *       request went out. After that the request may be closed as abandoned.</li>
 *   <li>Third-party consultation (Art. 32) is not counted (Art. 33 (3)): each finished consultation
 *       adds its working days; one still running is assumed to take the third party's full
 *       {@value #THIRD_PARTY_DAYS} working days, and the date is provisional until it ends.</li>
 *   <li>One extension of at most {@value #MAX_EXTENSION_DAYS} working days (Art. 33 (2)).</li>
 *   <li>A fee notice (国办函〔2020〕109号 Art. 7) stops the clock until the fee is paid or waived; one
 *       still unpaid is assumed to run its full {@value #FEE_PAYMENT_DAYS} working days (provisional).
 *       Unpaid after {@value #FEE_PAYMENT_DAYS} working days, the request is treated as abandoned.</li>
 * </ul>
 */
public final class ReplyDeadline {

    public static final int REPLY_DAYS = 20;
    public static final int CORRECTION_REQUEST_DAYS = 7;
    public static final int CORRECTION_RETURN_DAYS = 15;
    public static final int THIRD_PARTY_DAYS = 15;
    public static final int MAX_EXTENSION_DAYS = 20;
    public static final int WARN_DAYS = 2;
    public static final int FEE_PAYMENT_DAYS = 20;

    /** Why the clock stood still. */
    public enum PauseKind {
        /** Third-party consultation (Art. 32, 33 (3)). */
        CONSULTATION,
        /** Waiting for the fee after a fee notice (国办函〔2020〕109号). */
        FEE
    }

    /** A finished third-party consultation: the working days after {@code from} up to {@code to} are not counted. */
    public record Pause(PauseKind kind, LocalDate from, LocalDate to) {
        public Pause {
            Objects.requireNonNull(kind, "Pause kind is required.");
            Objects.requireNonNull(from, "Pause start is required.");
            Objects.requireNonNull(to, "Pause end is required.");
        }

        /** A finished third-party consultation. */
        public Pause(LocalDate from, LocalDate to) {
            this(PauseKind.CONSULTATION, from, to);
        }
    }

    /** What the clock needs to know about a request. */
    public record Facts(LocalDate receivedOn, LocalDate correctionReceivedOn, List<Pause> pauses,
                        LocalDate consultationStartedOn, int extensionDays, LocalDate extendedOn,
                        boolean awaitingCorrection, LocalDate feeNoticeOn) {
        public Facts {
            Objects.requireNonNull(receivedOn, "Date of receipt is required.");
            pauses = List.copyOf(pauses);
        }

        /** Facts of a request with no fee notice outstanding. */
        public Facts(LocalDate receivedOn, LocalDate correctionReceivedOn, List<Pause> pauses,
                     LocalDate consultationStartedOn, int extensionDays, LocalDate extendedOn,
                     boolean awaitingCorrection) {
            this(receivedOn, correctionReceivedOn, pauses, consultationStartedOn, extensionDays, extendedOn,
                    awaitingCorrection, null);
        }
    }

    private final WorkingDays days;

    public ReplyDeadline(WorkingDays days) {
        this.days = Objects.requireNonNull(days, "A working-day calendar is required.");
    }

    /** The reply due date with its explanation. */
    public DueDate replyDue(Facts facts) {
        List<String> why = new ArrayList<>();
        LocalDate start = facts.receivedOn();
        why.add("答复期限为收到申请之日起" + REPLY_DAYS + "个工作日（《政府信息公开条例》第三十三条）。");
        if (facts.correctionReceivedOn() != null) {
            start = facts.correctionReceivedOn();
            why.add("申请人于" + format(start) + "提交补正，答复期限自收到补正之日起重新计算（第三十条）。");
        }
        boolean provisional = false;
        if (facts.awaitingCorrection()) {
            provisional = true;
            why.add("正在等待申请人补正，收到补正后答复期限重新计算（第三十条）。");
        }
        int total = REPLY_DAYS;
        for (Pause pause : facts.pauses()) {
            int n = days.between(pause.from(), pause.to());
            total += n;
            why.add(switch (pause.kind()) {
                case CONSULTATION -> "征求第三方意见自" + format(pause.from()) + "至" + format(pause.to()) + "，其间" + n
                        + "个工作日不计入答复期限（第三十二条、第三十三条）。";
                case FEE -> "自" + format(pause.from()) + "发出收费通知至" + format(pause.to()) + "缴费（或减免），其间" + n
                        + "个工作日不计入答复期限（国办函〔2020〕109号）。";
            });
        }
        if (facts.feeNoticeOn() != null) {
            provisional = true;
            total += FEE_PAYMENT_DAYS;
            why.add("已于" + format(facts.feeNoticeOn()) + "发出收费通知，等待缴费期间不计入答复期限；暂按缴费期限"
                    + FEE_PAYMENT_DAYS + "个工作日顺延，缴费后重新计算（国办函〔2020〕109号）。");
        }
        if (facts.consultationStartedOn() != null) {
            provisional = true;
            total += THIRD_PARTY_DAYS;
            why.add("自" + format(facts.consultationStartedOn()) + "起正在征求第三方意见，暂按第三方答复期限"
                    + THIRD_PARTY_DAYS + "个工作日顺延，征求结束后重新计算（第三十二条）。");
        }
        if (facts.extensionDays() > 0) {
            total += facts.extensionDays();
            why.add("经政府信息公开工作机构负责人同意，于" + format(facts.extendedOn()) + "延长答复期限"
                    + facts.extensionDays() + "个工作日，并已告知申请人（第三十三条第二款）。");
        }
        WorkingDayCount count = days.add(start, total);
        why.addAll(count.explanation());
        return new DueDate(count.date(), provisional || count.provisional(), why);
    }

    /** The last day to ask for a correction (Art. 30: within 7 working days of receipt). */
    public DueDate correctionDeadline(LocalDate receivedOn) {
        WorkingDayCount count = days.add(receivedOn, CORRECTION_REQUEST_DAYS);
        List<String> why = new ArrayList<>();
        why.add("需要补正的，应自收到申请之日起" + CORRECTION_REQUEST_DAYS + "个工作日内一次性告知申请人（第三十条）。");
        why.addAll(count.explanation());
        return new DueDate(count.date(), count.provisional(), why);
    }

    /** True when {@code today} is on or before the deadline and at most {@value #WARN_DAYS} working days remain. */
    public boolean warn(LocalDate deadline, LocalDate today) {
        return !today.isAfter(deadline) && days.between(today, deadline) <= WARN_DAYS;
    }

    /** The last day for the applicant to return the correction (this application's rule, see the class comment). */
    public DueDate correctionReturnDeadline(LocalDate askedOn) {
        WorkingDayCount count = days.add(askedOn, CORRECTION_RETURN_DAYS);
        List<String> why = new ArrayList<>();
        why.add("申请人应自补正告知之日起" + CORRECTION_RETURN_DAYS + "个工作日内补正；逾期无正当理由不补正的，视为放弃申请（第三十条）。");
        why.addAll(count.explanation());
        return new DueDate(count.date(), count.provisional(), why);
    }

    /** The third party's deadline to answer a consultation (Art. 32: 15 working days). */
    public DueDate thirdPartyDeadline(LocalDate startedOn) {
        WorkingDayCount count = days.add(startedOn, THIRD_PARTY_DAYS);
        return new DueDate(count.date(), count.provisional(), count.explanation());
    }

    /** The last day to pay after a fee notice; unpaid after it, the request is treated as abandoned (国办函〔2020〕109号). */
    public DueDate feePaymentDeadline(LocalDate noticeOn) {
        WorkingDayCount count = days.add(noticeOn, FEE_PAYMENT_DAYS);
        List<String> why = new ArrayList<>();
        why.add("申请人应自收到收费通知之日起" + FEE_PAYMENT_DAYS + "个工作日内缴纳费用；逾期未缴纳的，视为放弃申请（国办函〔2020〕109号）。");
        why.addAll(count.explanation());
        return new DueDate(count.date(), count.provisional(), why);
    }

    static String format(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
