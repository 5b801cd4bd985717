package org.gongshi.integrity;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer about one published (or withdrawn) notice: the hashes its latest link recorded, and
 * whether the notice as stored now still fits them. Says nothing else about the notice.
 */
public record NoticeVerification(String noticeId, String divisionCode, boolean verified, String contentHash,
                                 String linkHash, long sequence, ChainProblem problem, Instant checkedAt) {

    public NoticeVerification {
        Objects.requireNonNull(noticeId, "Notice id is required.");
        Objects.requireNonNull(divisionCode, "Division is required.");
        Objects.requireNonNull(contentHash, "Content hash is required.");
        Objects.requireNonNull(linkHash, "Link hash is required.");
        Objects.requireNonNull(checkedAt, "Time of the check is required.");
        if (verified != (problem == null)) {
            throw new IllegalArgumentException("A notice is verified exactly when no problem was found.");
        }
    }
}
