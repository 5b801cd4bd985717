package org.gongshi.request;

/**
 * What the applicant asks, as entered by staff or by the applicant online; checked when the request
 * is received. {@code preferredReply} (how they would like the reply) is optional.
 */
public record Application(ApplicantType applicantType, String applicantName, String applicantContact,
                          String description, PreferredReplyChannel preferredReply) {

    /** An application without a preferred way of receiving the reply. */
    public Application(ApplicantType applicantType, String applicantName, String applicantContact, String description) {
        this(applicantType, applicantName, applicantContact, description, null);
    }
}
