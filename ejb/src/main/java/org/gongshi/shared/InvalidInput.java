package org.gongshi.shared;

/** Input that breaks a rule of the domain; the key says which rule. */
public class InvalidInput extends GongshiException {
    public InvalidInput(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
