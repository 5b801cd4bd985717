package org.gongshi.web.rest;

import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;

/** Reads a division code from a URL path; anything that is not one is simply not found. */
final class Divisions {

    private Divisions() {
    }

    static DivisionCode fromPath(String code) {
        try {
            return DivisionCode.of(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("error.division.not-found");
        }
    }
}
