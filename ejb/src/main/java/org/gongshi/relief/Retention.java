package org.gongshi.relief;

import java.time.LocalDate;

/**
 * The one place that decides until when a list's personal rows may be kept (PIPL Art. 47: deleted
 * when the purpose is met or the retention period ends). The rows are deleted on the day returned.
 */
final class Retention {

    /** An import never submitted serves no purpose beyond preparing one: kept 30 days. */
    static final int UNSUBMITTED_DAYS = 30;

    private Retention() {
    }

    /** For a list imported on {@code createdOn} and not (yet) submitted. */
    static LocalDate ofImport(LocalDate createdOn) {
        return createdOn.plusDays(UNSUBMITTED_DAYS);
    }

    /**
     * For a submitted list: {@link ReliefListType#retentionDays()} after the last day of its notice
     * period, or after its submission for a long-term list.
     */
    static LocalDate ofSubmitted(ReliefListType type, LocalDate submittedOn, LocalDate noticeEndsOn) {
        LocalDate end = type.longTerm() || noticeEndsOn == null ? submittedOn : noticeEndsOn;
        return end.plusDays(type.retentionDays() + 1L);
    }

    /** Whether rows due for deletion on {@code deleteRowsOn} must go on {@code today}. */
    static boolean due(LocalDate deleteRowsOn, LocalDate today) {
        return !today.isBefore(deleteRowsOn);
    }
}
