package org.gongshi.attachment;

import jakarta.persistence.EntityManager;
import org.gongshi.access.TestDatabase;
import org.gongshi.notice.CanonicalContent;
import org.gongshi.notice.Notice;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice's attachments are part of what tamper evidence hashes: the canonical content carries
 * the SHA-256 of each file's stored bytes, so a file swapped in the database behind the
 * application's back changes the hash that verification recomputes.
 */
class AttachmentTamperEvidenceTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");

    private TestDatabase db;

    @BeforeEach
    void open() {
        db = new TestDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void changing_an_attachments_stored_bytes_changes_the_notices_content_hash() throws Exception {
        CheckedFile file = new ContentCheck(AttachmentLimits.DEFAULT_MAX_BYTES).check(SampleFiles.pdf());
        String[] ids = db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            Notice n = Notice.draft(HUANGZHUANG, "低保名单公示", "见附件", "clerk", Clock.systemUTC());
            em.persist(n);
            em.flush();
            Attachment a = new Attachment(HUANGZHUANG, n.id(), "低保名单.pdf", file, "clerk", Instant.now());
            em.persist(a);
            em.persist(new AttachmentContent(a, file.bytes()));
            return new String[]{n.id(), a.id()};
        });
        String before = canonical(ids[0]);
        assertThat(before).contains(AttachmentParts.sha256(file.bytes()) + " 低保名单.pdf");
        assertThat(before).isNotEqualTo(canonicalWithoutParts(ids[0]));

        byte[] forged = SampleFiles.pdf();
        forged[forged.length - 2] ^= 1;
        try (Connection c = db.connect();
             PreparedStatement update = c.prepareStatement("UPDATE ATTACHMENT_CONTENT SET BYTES = ? WHERE ID = ?")) {
            update.setBytes(1, forged);
            update.setString(2, ids[1]);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        assertThat(canonical(ids[0])).isNotEqualTo(before).contains(AttachmentParts.sha256(forged));
    }

    private String canonical(String noticeId) {
        try (EntityManager em = db.open(TenantScope.own(HUANGZHUANG))) {
            return CanonicalContent.of(em, em.find(Notice.class, noticeId), new AttachmentParts());
        }
    }

    private String canonicalWithoutParts(String noticeId) {
        try (EntityManager em = db.open(TenantScope.own(HUANGZHUANG))) {
            return CanonicalContent.of(em.find(Notice.class, noticeId));
        }
    }
}
