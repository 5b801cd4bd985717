package org.gongshi.attachment;

import org.gongshi.shared.GongshiException;

/** The content of the file is none of the allowed kinds, whatever its name says; the argument lists them. */
public class UnsupportedAttachment extends GongshiException {
    public UnsupportedAttachment() {
        super("error.attachment.unsupported-type", AllowedType.names());
    }

    @Override
    public Kind kind() {
        return Kind.UNSUPPORTED;
    }
}
