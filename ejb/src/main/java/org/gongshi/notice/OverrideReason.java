package org.gongshi.notice;

import org.gongshi.shared.InvalidInput;

/**
 * The clerk's reason to publish a notice in which the personal-data check found something: a legal
 * basis and, in words, why (which law, or what the number is). Recorded, audited and shown in the
 * notice's history; it holds for exactly the content it was given for.
 */
public record OverrideReason(OverrideBasis basis, String text) {

    public static final int TEXT_MAX = 1000;

    /** The reason, checked: a basis and a text of at most {@value #TEXT_MAX} characters. */
    public OverrideReason {
        if (basis == null) {
            throw new InvalidInput("error.privacy.override-basis-required");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInput("error.privacy.override-reason-required");
        }
        text = text.strip();
        if (text.length() > TEXT_MAX) {
            throw new InvalidInput("error.privacy.override-reason-too-long", TEXT_MAX);
        }
    }
}
