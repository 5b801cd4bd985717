package org.gongshi.web.rest;

/** A correction (更正) of a published notice: the version it is based on, the new text and the public change note. */
public record RevisionRequest(Long version, String title, String body, String changeNote) {
}
