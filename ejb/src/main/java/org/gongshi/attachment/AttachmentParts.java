package org.gongshi.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongshi.notice.PartText;
import org.gongshi.notice.PublishedParts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A notice's attachments as tamper evidence sees them: the SHA-256 of each file's stored bytes
 * (recomputed, not read from the recorded hash) with its name, in the order they were attached.
 * A file changed or swapped behind the application's back changes the notice's content hash. And
 * as the personal-data check sees them: their text.
 */
@ApplicationScoped
public class AttachmentParts implements PublishedParts {

    /** Characters of one attachment the personal-data check reads (a 20 MB PDF of tables is about this much). */
    static final int MAX_CHECKED_CHARS = 5_000_000;

    @Override
    public List<String> fingerprints(EntityManager em, String noticeId) {
        return attachments(em, noticeId).stream().map(a -> {
            AttachmentContent content = em.find(AttachmentContent.class, a.id());
            String digest = content == null ? "missing" : sha256(content.bytes());
            return digest + " " + a.fileName();
        }).toList();
    }

    /**
     * Every attachment's text for the personal-data check, in the same order: PDFs of any page count,
     * up to {@value #MAX_CHECKED_CHARS} characters each; a longer or unreadable file is reported as such
     * (it blocks publication until replaced or overridden), an image as having no text.
     */
    @Override
    public List<PartText> texts(EntityManager em, String noticeId) {
        return attachments(em, noticeId).stream().map(a -> {
            AttachmentContent content = em.find(AttachmentContent.class, a.id());
            if (content == null) {
                return new PartText(a.id(), a.fileName(), PartText.Check.UNREADABLE, "");
            }
            AttachmentText.Extracted read = AttachmentText.read(a.mediaType(), content.bytes(), a.id(),
                    MAX_CHECKED_CHARS, Integer.MAX_VALUE);
            PartText.Check check = switch (read.status()) {
                case TEXT -> PartText.Check.READ;
                case NO_TEXT -> PartText.Check.NO_TEXT;
                case UNREADABLE -> PartText.Check.UNREADABLE;
                case TRUNCATED -> PartText.Check.TOO_LONG;
            };
            return new PartText(a.id(), a.fileName(), check, read.text());
        }).toList();
    }

    private static List<Attachment> attachments(EntityManager em, String noticeId) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.noticeId = :id ORDER BY a.createdAt, a.id", Attachment.class)
                .setParameter("id", noticeId).getResultList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
