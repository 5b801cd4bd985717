package org.gongshi.notice;

import java.util.Objects;

/**
 * The text of one part published with a notice (an attachment), as far as it could be read.
 *
 * @param id    the part's id
 * @param name  its file name, as the clerk and the public see it
 * @param check how far reading it got
 * @param text  what was read (empty unless {@link Check#READ} or {@link Check#TOO_LONG})
 */
public record PartText(String id, String name, Check check, String text) {

    /** How far reading a part got. */
    public enum Check {
        /** Read whole. */
        READ,
        /** A kind without text: an image (not scanned; no OCR here). */
        NO_TEXT,
        /** A PDF, Word or Excel file that could not be read: it cannot be checked. */
        UNREADABLE,
        /** Longer than can be checked: only its beginning was read. */
        TOO_LONG
    }

    public PartText {
        Objects.requireNonNull(id, "Id is required.");
        Objects.requireNonNull(name, "Name is required.");
        Objects.requireNonNull(check, "Check is required.");
        text = text == null ? "" : text;
    }
}
