package org.gongshi.relief;

/** Where a list stands. Its notice's own states (review, publication, withdrawal) are the notice's. */
public enum ReliefListState {
    /** Imported and masked; only its division's staff see it (preview). */
    IMPORTED,
    /** Submitted: a notice was created from it and sent to review; the rows no longer change. */
    SUBMITTED,
    /** Its retention ended: the personal rows were deleted, a deletion record remains (PIPL Art. 47). */
    ROWS_DELETED
}
