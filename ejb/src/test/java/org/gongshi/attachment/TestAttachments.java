package org.gongshi.attachment;

import jakarta.persistence.EntityManager;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;

/** Attaches a file to a notice as the attachment service stores it, for tests in other packages. */
public final class TestAttachments {

    private TestAttachments() {
    }

    /** Persists the attachment and its bytes in {@code em}'s transaction; returns the attachment id. */
    public static String attach(EntityManager em, DivisionCode division, String noticeId, String fileName, byte[] bytes) {
        CheckedFile file = new ContentCheck(AttachmentLimits.DEFAULT_MAX_BYTES).check(bytes);
        Attachment a = new Attachment(division, noticeId, fileName, file, "clerk", Instant.now());
        em.persist(a);
        em.persist(new AttachmentContent(a, file.bytes()));
        return a.id();
    }

    /** A small real PNG image. */
    public static byte[] png() {
        return SampleFiles.image("png");
    }
}
