package org.gongshi.web.rest;

/** The body of a review decision or a withdrawal: the version it applies to and a reason or comment. */
public record DecisionRequest(Long version, String reason) {
}
