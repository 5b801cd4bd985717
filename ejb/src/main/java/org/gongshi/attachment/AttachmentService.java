package org.gongshi.attachment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.gongshi.access.Callers;
import org.gongshi.access.TenantData;
import org.gongshi.audit.AuditTrail;
import org.gongshi.notice.Notice;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.notice.PublicBoard;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.Ids;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Attaching files to notices. A clerk attaches to and removes from a draft of their own division
 * only — what is attached is reviewed with the notice, and a notice in review or published keeps
 * exactly the files its reviewers saw. Staff of the division read the attachments (a county
 * supervisor reads the county's, read-only, as with notices). The public reads the attachments of a
 * notice only while the notice itself is on the board ({@link PublicBoard#notice}).
 */
@Stateless
@RolesAllowed({StaffRole.Names.CLERK, StaffRole.Names.REVIEWER, StaffRole.Names.REQUEST_OFFICER,
        StaffRole.Names.COUNTY_SUPERVISOR, StaffRole.Names.TENANT_ADMIN})
public class AttachmentService {

    @Inject
    Callers callers;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    PublicBoard board;

    @Inject
    AttachmentLimits limits;

    @Inject
    Clock clock;

    /** The largest file accepted, in bytes; for the upload screens. */
    @PermitAll
    public long maxBytes() {
        return limits.maxBytes();
    }

    /**
     * Attaches a file to a draft. The upload is read up to the size limit plus one byte and no
     * further; its kind is decided from its content. The file name is kept only as a label.
     */
    @RolesAllowed(StaffRole.Names.CLERK)
    public AttachmentView attach(DivisionCode division, String noticeId, String fileName, InputStream content) {
        StaffIdentity me = clerk(division);
        Objects.requireNonNull(content, "Content is required.");
        // Read and checked before the notice is locked, so a slow upload holds no lock.
        CheckedFile file = new ContentCheck(limits.maxBytes()).check(content);
        try (EntityManager em = data.open(me.writeScope())) {
            // Locked: a submission at the same moment waits, so no file slips in after review began.
            Notice notice = draft(em, noticeId, true);
            long count = em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.noticeId = :n", Long.class)
                    .setParameter("n", notice.id()).getSingleResult();
            if (count >= limits.maxPerNotice()) {
                throw new InvalidInput("error.attachment.too-many", limits.maxPerNotice());
            }
            String name = FileNames.sanitise(fileName, "附件." + file.mediaType().extension());
            Attachment attachment = new Attachment(division, notice.id(), name, file, me.username(), clock.instant());
            em.persist(attachment);
            em.persist(new AttachmentContent(attachment, file.bytes()));
            audit.record(em, division, attachment.createdAt(), me.username(), "attachment.added", notice.id(),
                    name + " (" + file.mediaType().mediaType() + ", " + file.bytes().length + " B, sha256 " + file.sha256() + ")");
            em.flush();
            return AttachmentView.of(attachment);
        }
    }

    @RolesAllowed(StaffRole.Names.CLERK)
    public void remove(DivisionCode division, String noticeId, String attachmentId) {
        StaffIdentity me = clerk(division);
        try (EntityManager em = data.open(me.writeScope())) {
            Notice notice = draft(em, noticeId, true);
            Attachment attachment = attachment(em, notice, attachmentId);
            AttachmentContent content = em.find(AttachmentContent.class, attachment.id());
            if (content != null) {
                em.remove(content);
            }
            em.remove(attachment);
            audit.record(em, division, clock.instant(), me.username(), "attachment.removed", notice.id(),
                    attachment.fileName());
            em.flush();
        }
    }

    /** The notice's attachments, oldest first. */
    public List<AttachmentView> list(DivisionCode division, String noticeId) {
        try (EntityManager em = data.open(readScope(division))) {
            Notice notice = notice(em, noticeId);
            return attachments(em, notice.id()).stream().map(AttachmentView::of).toList();
        }
    }

    public AttachmentFile download(DivisionCode division, String noticeId, String attachmentId) {
        try (EntityManager em = data.open(readScope(division))) {
            Notice notice = notice(em, noticeId);
            return file(em, attachment(em, notice, attachmentId));
        }
    }

    /** The attachments of a notice on the public board; drafts are not found, withdrawn notices gone. */
    @PermitAll
    public List<PublicAttachment> publicList(DivisionCode division, String noticeId) {
        board.notice(division, noticeId);
        try (EntityManager em = data.open(TenantScope.own(division))) {
            return attachments(em, noticeId).stream().map(PublicAttachment::of).toList();
        }
    }

    @PermitAll
    public AttachmentFile publicDownload(DivisionCode division, String noticeId, String attachmentId) {
        board.notice(division, noticeId);
        try (EntityManager em = data.open(TenantScope.own(division))) {
            Notice notice = notice(em, noticeId);
            return file(em, attachment(em, notice, attachmentId));
        }
    }

    private static List<Attachment> attachments(EntityManager em, String noticeId) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.noticeId = :n ORDER BY a.createdAt, a.id",
                Attachment.class).setParameter("n", noticeId).getResultList();
    }

    private static AttachmentFile file(EntityManager em, Attachment attachment) {
        AttachmentContent content = em.find(AttachmentContent.class, attachment.id());
        if (content == null) {
            throw new NotFound("error.attachment.not-found");
        }
        return new AttachmentFile(attachment.fileName(), attachment.mediaType(), attachment.sha256(), content.bytes());
    }

    private static Notice notice(EntityManager em, String noticeId) {
        Notice notice = Ids.looksLikeId(noticeId) ? em.find(Notice.class, noticeId) : null;
        if (notice == null) {
            throw new NotFound("error.notice.not-found");
        }
        return notice;
    }

    private static Notice draft(EntityManager em, String noticeId, boolean lock) {
        Notice notice = Ids.looksLikeId(noticeId)
                ? em.find(Notice.class, noticeId, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE) : null;
        if (notice == null) {
            throw new NotFound("error.notice.not-found");
        }
        if (notice.status() != NoticeStatus.DRAFT) {
            throw new InvalidState("error.attachment.not-draft");
        }
        return notice;
    }

    /** An attachment of exactly this notice: an id paired with another notice is not found. */
    private static Attachment attachment(EntityManager em, Notice notice, String attachmentId) {
        Attachment attachment = Ids.looksLikeId(attachmentId) ? em.find(Attachment.class, attachmentId) : null;
        if (attachment == null || !attachment.noticeId().equals(notice.id())) {
            throw new NotFound("error.attachment.not-found");
        }
        return attachment;
    }

    private TenantScope readScope(DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        StaffIdentity me = callers.current();
        TenantScope mine = me.readScope();
        if (!mine.canRead(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        return mine.access() == TenantScope.Access.OWN ? mine : TenantScope.subtreeReadOnly(division);
    }

    private StaffIdentity clerk(DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        StaffIdentity me = callers.current();
        if (!me.writeScope().canWrite(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        if (!me.has(StaffRole.CLERK)) {
            throw new AccessDenied("error.access.role-required");
        }
        return me;
    }
}
