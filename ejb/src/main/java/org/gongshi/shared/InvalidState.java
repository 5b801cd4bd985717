package org.gongshi.shared;

/** A transition the record's current state does not allow (e.g. publishing twice). */
public class InvalidState extends GongshiException {
    public InvalidState(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
