package org.gongshi.shared;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.Objects;

/**
 * Base of every business refusal. It carries a translation key and its arguments, never text for
 * the user: the UI and the REST layer turn the key into a plain Chinese (or English) message.
 * Thrown from an EJB it rolls the transaction back and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class GongshiException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected GongshiException(String messageKey, Object... arguments) {
        super(Objects.requireNonNull(messageKey, "Message key is required."), null, false, false);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The translation key, e.g. {@code error.notice.not-found}. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** How a refusal is answered over HTTP; the REST layer maps it to a status code. */
    public abstract Kind kind();

    /**
     * TOO_LARGE: a file over its size limit (413); UNSUPPORTED: a file of a kind not accepted (415);
     * UNAVAILABLE: the server lacks something it needs, e.g. a font for PDFs (503);
     * UNPROCESSABLE: a well-formed request whose content may not go on as it is, e.g. a notice with
     * personal data in it (422).
     */
    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID, GONE, TOO_LARGE, UNSUPPORTED, UNAVAILABLE, UNPROCESSABLE }
}
