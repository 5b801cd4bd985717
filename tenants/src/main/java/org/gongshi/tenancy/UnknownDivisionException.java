package org.gongshi.tenancy;

import java.util.Objects;

/** A division code that the directory does not know. */
public class UnknownDivisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DivisionCode code;

    public UnknownDivisionException(DivisionCode code) {
        super("No division has the code " + Objects.requireNonNull(code, "Division code is required.") + ".");
        this.code = code;
    }

    public DivisionCode code() {
        return code;
    }
}
