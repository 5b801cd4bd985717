package org.gongshi.notice;

import org.gongshi.privacy.Confidence;
import org.gongshi.privacy.PersonalDataKind;

import java.time.Instant;
import java.util.List;

/**
 * What the personal-data check finds in the content a notice would publish next — its text, or the
 * correction waiting for review — and in its attachments. Numbers appear only masked; where they stand
 * is given by place, line and column (and offsets into the field, for the editor to mark them).
 *
 * @param noticeId      the notice
 * @param version       the notice's version the check read
 * @param contentSha256 the fingerprint of the checked content; an override holds for this one only
 * @param hits          every personal number found, by place and position
 * @param unchecked     attachments that could not be checked (images have no text; unreadable and
 *                      over-long files block publication)
 * @param override      the clerk's recorded reason to publish this very content anyway, if any
 */
public record PersonalDataReport(String noticeId, long version, String contentSha256, List<Hit> hits,
                                 List<Unchecked> unchecked, RecordedOverride override) {

    public PersonalDataReport {
        hits = List.copyOf(hits);
        unchecked = List.copyOf(unchecked);
    }

    /** Where a finding stands. Every place but an attachment can be masked in one click. */
    public enum Place {
        TITLE, BODY, DOCUMENT_NUMBER, AGENCY, CHANGE_NOTE, ATTACHMENT;

        public boolean maskable() {
            return this != ATTACHMENT;
        }
    }

    /**
     * One personal number found.
     *
     * @param place         the field, or an attachment
     * @param attachmentId  the attachment's id (null for a field)
     * @param attachmentName its file name (null for a field)
     * @param line          1-based line in the field or the attachment's text
     * @param column        1-based column on that line
     * @param start         offset in the field's text (for the editor); in an attachment, in its extracted text
     * @param end           offset after it
     * @param kind          what it looks like
     * @param confidence    how sure the scanner is
     * @param masked        how it is shown once masked (the number itself is never sent)
     */
    public record Hit(Place place, String attachmentId, String attachmentName, int line, int column, int start, int end,
                      PersonalDataKind kind, Confidence confidence, String masked) {

        public boolean maskable() {
            return place.maskable();
        }
    }

    /** An attachment the check could not read in full; {@link #blocks()} unless it is an image. */
    public record Unchecked(String attachmentId, String attachmentName, PartText.Check why) {

        /** An unreadable or over-long file blocks (it could hold anything); an image is only listed (no OCR here). */
        public boolean blocks() {
            return why != PartText.Check.NO_TEXT;
        }
    }

    /** A recorded reason to publish this content although something was found. */
    public record RecordedOverride(OverrideBasis basis, String reason, String by, Instant at) {
    }

    /** Whether something blocks publication that no override covers. */
    public boolean blocksPublication() {
        return override == null && needsOverride();
    }

    /** Whether anything was found or could not be checked, overridden or not. */
    public boolean needsOverride() {
        return !hits.isEmpty() || unchecked.stream().anyMatch(Unchecked::blocks);
    }

    /** Whether a click on 一键脱敏 would change something. */
    public boolean maskable() {
        return hits.stream().anyMatch(Hit::maskable);
    }
}
