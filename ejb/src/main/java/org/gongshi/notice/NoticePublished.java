package org.gongshi.notice;

import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;

/**
 * A notice went on the public board (or a withdrawal took it off: see {@link #kind}). Fired inside
 * the publishing transaction; {@code canonicalContent} is exactly what the public sees, in the
 * canonical form that tamper evidence hashes.
 */
public record NoticePublished(DivisionCode division, String noticeId, Kind kind, int revision,
                              String canonicalContent, String actor, Instant at) {

    public enum Kind { PUBLICATION, REVISION, WITHDRAWAL }
}
