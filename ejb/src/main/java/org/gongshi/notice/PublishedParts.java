package org.gongshi.notice;

import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * What is published with a notice besides its text (its attachments), as fingerprints in a fixed
 * order, so that tamper evidence covers them too, and as text, so that the personal-data check
 * covers them too. Implemented by the capability that owns the parts;
 * the notice capability only knows this port, so it depends on none of them.
 */
public interface PublishedParts {

    /** No parts: for a deployment or a test without attachments. */
    PublishedParts NONE = (em, noticeId) -> List.of();

    /** Fingerprints of the parts of {@code noticeId}, recomputed from the stored bytes, in a fixed order. */
    List<String> fingerprints(EntityManager em, String noticeId);

    /**
     * The text of each part of {@code noticeId}, read from the stored bytes, in the same order: what
     * the personal-data check before publication scans. None where the capability has no text.
     */
    default List<PartText> texts(EntityManager em, String noticeId) {
        return List.of();
    }
}
