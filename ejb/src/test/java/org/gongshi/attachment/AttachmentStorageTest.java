package org.gongshi.attachment;

import jakarta.persistence.EntityManager;
import org.gongshi.access.TestDatabase;
import org.gongshi.notice.Notice;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments and their bytes in the real schema and persistence unit (H2, or PostgreSQL when
 * GONGSHI_DB_URL is set): the bytes come back exactly, another division cannot find either row by
 * its id, and discarding a notice takes its attachments with it.
 */
class AttachmentStorageTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final DivisionCode XILI = DivisionCode.of("330328101202");
    private static final DivisionCode WENCHENG = DivisionCode.of("330328");

    private static TestDatabase db;
    private static String noticeId;
    private static String attachmentId;
    private static byte[] pdf;

    @BeforeAll
    static void aVillageAttachesAPdfToADraft() {
        db = new TestDatabase();
        pdf = SampleFiles.pdf();
        noticeId = draft(HUANGZHUANG);
        attachmentId = attach(HUANGZHUANG, noticeId, pdf);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String draft(DivisionCode division) {
        return db.inTransaction(TenantScope.own(division), em -> {
            Notice n = Notice.draft(division, "篁庄村低保初审名单", "正文", "clerk", Clock.systemUTC());
            em.persist(n);
            return n.id();
        });
    }

    private static String attach(DivisionCode division, String notice, byte[] bytes) {
        CheckedFile file = new ContentCheck(AttachmentLimits.DEFAULT_MAX_BYTES).check(bytes);
        return db.inTransaction(TenantScope.own(division), em -> {
            Attachment a = new Attachment(division, notice, "低保名单.pdf", file, "clerk", Instant.now());
            em.persist(a);
            em.persist(new AttachmentContent(a, file.bytes()));
            return a.id();
        });
    }

    @Test
    void the_stored_bytes_come_back_exactly_with_their_metadata() {
        try (EntityManager em = db.open(TenantScope.own(HUANGZHUANG))) {
            Attachment a = em.find(Attachment.class, attachmentId);
            assertThat(a.fileName()).isEqualTo("低保名单.pdf");
            assertThat(a.mediaType()).isEqualTo("application/pdf");
            assertThat(a.size()).isEqualTo(pdf.length);
            assertThat(a.sha256()).isEqualTo(ContentCheck.sha256(pdf));
            assertThat(em.find(AttachmentContent.class, attachmentId).bytes()).isEqualTo(pdf);
        }
    }

    @Test
    void another_villages_entity_manager_finds_neither_the_attachment_nor_its_bytes_by_id() {
        try (EntityManager em = db.open(TenantScope.own(XILI))) {
            assertThat(em.find(Attachment.class, attachmentId)).isNull();
            assertThat(em.find(AttachmentContent.class, attachmentId)).isNull();
            assertThat(em.createQuery("SELECT COUNT(a) FROM Attachment a", Long.class).getSingleResult()).isZero();
        }
        try (EntityManager county = db.open(TenantScope.subtreeReadOnly(WENCHENG))) {
            assertThat(county.find(Attachment.class, attachmentId)).isNotNull();
        }
    }

    @Test
    void discarding_a_draft_deletes_its_attachments_and_their_bytes() {
        String other = draft(HUANGZHUANG);
        String attached = attach(HUANGZHUANG, other, SampleFiles.image("png"));
        db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            em.remove(em.find(Notice.class, other));
            return null;
        });
        try (EntityManager em = db.open(TenantScope.own(HUANGZHUANG))) {
            assertThat(em.find(Attachment.class, attached)).isNull();
            assertThat(em.find(AttachmentContent.class, attached)).isNull();
            assertThat(em.find(Attachment.class, attachmentId)).isNotNull();
        }
    }
}
