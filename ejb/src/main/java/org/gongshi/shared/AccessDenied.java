package org.gongshi.shared;

/** The caller may not do this: another division's data, a read-only scope, a missing role. */
public class AccessDenied extends GongshiException {
    public AccessDenied(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
