package org.gongshi.request;

/** How the reply letter reached the applicant (Art. 40: in the form the applicant asked for where possible). */
public enum DeliveryMethod {
    /** Collected online or at the kiosk with the access code (the letter is there as PDF). */
    ONLINE,
    /** Handed over in person, signed for. */
    IN_PERSON,
    /** By post (the tracking number in the note). */
    POST,
    /** By e-mail. */
    EMAIL,
    /** By fax. */
    FAX
}
