package org.gongshi.relief;

import org.gongshi.privacy.FieldType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A list as its division's staff see it (no rows: see {@link ReliefPreview}). */
public record ReliefListView(String id, String divisionCode, ReliefListType type, String title, ReliefListState state,
                             int rowCount, List<String> headings, List<FieldType> fieldTypes, String noticeId,
                             String noticeStatus, LocalDate noticeStartsOn, LocalDate noticeEndsOn,
                             LocalDate deleteRowsOn, String createdBy, Instant createdAt, long version) {

    static ReliefListView of(ReliefList l, String noticeStatus) {
        return new ReliefListView(l.id(), l.division().value(), l.listType(), l.title(), l.state(), l.rowCount(),
                l.headings(), l.fieldTypes(), l.noticeId(), noticeStatus, l.noticeStartsOn(), l.noticeEndsOn(),
                l.deleteRowsOn(), l.createdBy(), l.createdAt(), l.version());
    }
}
