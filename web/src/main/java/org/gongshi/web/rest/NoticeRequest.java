package org.gongshi.web.rest;

/** The body of a create or update: the text, and on update the version it was based on. */
public record NoticeRequest(String title, String body, Long version) {
}
