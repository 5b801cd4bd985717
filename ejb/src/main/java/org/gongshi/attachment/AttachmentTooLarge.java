package org.gongshi.attachment;

import org.gongshi.shared.GongshiException;

/** The file is larger than the configured limit; the argument is the limit in MB. */
public class AttachmentTooLarge extends GongshiException {
    public AttachmentTooLarge(long maxBytes) {
        super("error.attachment.too-large", ContentCheck.megabytes(maxBytes));
    }

    @Override
    public Kind kind() {
        return Kind.TOO_LARGE;
    }
}
