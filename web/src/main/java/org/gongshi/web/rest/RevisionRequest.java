package org.gongshi.web.rest;

/**
 * A correction (更正) of a published notice: the version it is based on, the new text and the public
 * change note; {@code override} when the personal-data check finds something that must be published.
 */
public record RevisionRequest(Long version, String title, String body, String changeNote, OverrideRequest override) {
}
