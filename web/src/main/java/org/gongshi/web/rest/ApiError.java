package org.gongshi.web.rest;

/** Every error answer of the API: a stable key for programs and a plain message for people. */
public record ApiError(String error, String message) {
}
