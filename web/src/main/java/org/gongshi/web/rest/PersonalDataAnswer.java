package org.gongshi.web.rest;

import org.gongshi.notice.PartText;
import org.gongshi.notice.PersonalDataReport;
import org.gongshi.privacy.Confidence;
import org.gongshi.privacy.PersonalDataKind;

import java.util.List;

/**
 * The personal-data check of a notice as the staff API answers it: the report with what a client
 * decides on spelled out — whether publication is blocked, whether one click can mask anything, and
 * for each place whether it can. Numbers appear only masked.
 */
public record PersonalDataAnswer(String noticeId, long version, String contentSha256, boolean blocksPublication,
                                 boolean maskable, List<Hit> hits, List<Unchecked> unchecked,
                                 PersonalDataReport.RecordedOverride override) {

    /** One personal number found: where (field or attachment, line, column, offsets), what, and how it is masked. */
    public record Hit(PersonalDataReport.Place place, String attachmentId, String attachmentName, int line, int column,
                      int start, int end, PersonalDataKind kind, Confidence confidence, String masked, boolean maskable) {
    }

    /** An attachment that could not be checked in full, and whether that blocks publication. */
    public record Unchecked(String attachmentId, String attachmentName, PartText.Check why, boolean blocks) {
    }

    static PersonalDataAnswer of(PersonalDataReport r) {
        return new PersonalDataAnswer(r.noticeId(), r.version(), r.contentSha256(), r.blocksPublication(), r.maskable(),
                r.hits().stream().map(h -> new Hit(h.place(), h.attachmentId(), h.attachmentName(), h.line(), h.column(),
                        h.start(), h.end(), h.kind(), h.confidence(), h.masked(), h.maskable())).toList(),
                r.unchecked().stream().map(u -> new Unchecked(u.attachmentId(), u.attachmentName(), u.why(), u.blocks())).toList(),
                r.override());
    }
}
