package org.gongshi.web.rest;

/** A body that only names the version a change is based on: {@code {"version": 3}}. */
public record VersionRequest(Long version) {
}
