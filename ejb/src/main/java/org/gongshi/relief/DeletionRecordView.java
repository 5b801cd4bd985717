package org.gongshi.relief;

import java.time.Instant;

/** A deletion record as staff see it. */
public record DeletionRecordView(String id, String listId, ReliefListType type, int rowsDeleted, Instant deletedAt,
                                 String deletedBy, String reason) {

    static DeletionRecordView of(DeletionRecord r) {
        return new DeletionRecordView(r.id(), r.listId(), r.listType(), r.rowsDeleted(), r.deletedAt(), r.deletedBy(), r.reason());
    }
}
