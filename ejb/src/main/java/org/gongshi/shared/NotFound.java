package org.gongshi.shared;

/** The thing does not exist, or exists outside the caller's scope (which must look the same). */
public class NotFound extends GongshiException {
    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
