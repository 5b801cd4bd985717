package org.gongshi.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongshi.notice.PublishedParts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A notice's attachments as tamper evidence sees them: the SHA-256 of each file's stored bytes
 * (recomputed, not read from the recorded hash) with its name, in the order they were attached.
 * A file changed or swapped behind the application's back changes the notice's content hash.
 */
@ApplicationScoped
public class AttachmentParts implements PublishedParts {

    @Override
    public List<String> fingerprints(EntityManager em, String noticeId) {
        List<Attachment> attachments = em.createQuery(
                        "SELECT a FROM Attachment a WHERE a.noticeId = :id ORDER BY a.createdAt, a.id", Attachment.class)
                .setParameter("id", noticeId).getResultList();
        return attachments.stream().map(a -> {
            AttachmentContent content = em.find(AttachmentContent.class, a.id());
            String digest = content == null ? "missing" : sha256(content.bytes());
            return digest + " " + a.fileName();
        }).toList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
