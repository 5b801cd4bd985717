package org.gongshi.shared;

/** The thing existed publicly but no longer does: a notice period ended, a notice was withdrawn. */
public class Gone extends GongshiException {
    public Gone(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.GONE;
    }
}
