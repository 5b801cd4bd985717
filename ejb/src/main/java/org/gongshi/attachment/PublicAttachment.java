package org.gongshi.attachment;

/** An attachment as the public board shows it: no staff names, no times of internal work. */
public record PublicAttachment(String id, String fileName, String mediaType, String typeLabel, long size,
                               String sha256) {

    static PublicAttachment of(Attachment a) {
        return new PublicAttachment(a.id(), a.fileName(), a.mediaType(), AttachmentView.label(a.mediaType()), a.size(),
                a.sha256());
    }
}
