package org.gongshi.request;

/** What the applicant asks, as entered by staff or by the applicant online; checked when the request is received. */
public record Application(ApplicantType applicantType, String applicantName, String applicantContact,
                          String description) {
}
