package org.gongshi.attachment;

import java.time.Instant;

/** An attachment as staff see it. */
public record AttachmentView(String id, String noticeId, String fileName, String mediaType, String typeLabel,
                             long size, String sha256, String createdBy, Instant createdAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id(), a.noticeId(), a.fileName(), a.mediaType(), label(a.mediaType()), a.size(),
                a.sha256(), a.createdBy(), a.createdAt());
    }

    static String label(String mediaType) {
        return AllowedType.ofMediaType(mediaType).map(AllowedType::label).orElse(mediaType);
    }
}
