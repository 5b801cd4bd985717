package org.gongshi.web.rest;

import org.gongshi.notice.OverrideBasis;
import org.gongshi.notice.OverrideReason;
import org.gongshi.shared.InvalidInput;

import java.util.Locale;

/**
 * The clerk's reason to go on although the personal-data check found something:
 * {@code {"basis": "PUNITIVE_NOTICE", "reason": "《行政处罚法》第四十八条"}}. Bases: {@code NOT_PERSONAL_DATA},
 * {@code PUNITIVE_NOTICE}, {@code MANDATORY_DISCLOSURE}.
 */
public record OverrideRequest(String basis, String reason) {

    OverrideReason toReason() {
        if (basis == null || basis.isBlank()) {
            throw new InvalidInput("error.privacy.override-basis-required");
        }
        try {
            return new OverrideReason(OverrideBasis.valueOf(basis.strip().toUpperCase(Locale.ROOT)), reason);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.privacy.override-basis-required");
        }
    }

    /** The optional body of submit and publish: {@code {"override": {...}}}, or nothing. */
    public record Body(OverrideRequest override) {

        /** The reason in {@code json}, or null for an empty body or one without an override. */
        static OverrideReason read(String json) {
            if (json == null || json.isBlank()) {
                return null;
            }
            Body body = JsonBodies.read(json, Body.class);
            return body.override() == null ? null : body.override().toReason();
        }
    }
}
