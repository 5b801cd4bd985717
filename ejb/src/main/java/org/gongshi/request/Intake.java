package org.gongshi.request;

/** The answer to a new request: its receipt number and the access code, shown this once only. */
public record Intake(String receiptNumber, String accessCode, RequestView request) {
}
