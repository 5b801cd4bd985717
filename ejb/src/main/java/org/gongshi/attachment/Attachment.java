package org.gongshi.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.shared.Ids;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;
import java.util.Objects;

/** A file attached to a notice: what it is and who attached it. The bytes are an {@link AttachmentContent}. */
@Entity
@Table(name = "ATTACHMENT")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class Attachment {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "NOTICE_ID", length = 36, nullable = false, updatable = false)
    private String noticeId;

    @Column(name = "FILE_NAME", length = FileNames.MAX_LENGTH, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "MEDIA_TYPE", length = 100, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "SIZE_BYTES", nullable = false, updatable = false)
    private long size;

    @Column(name = "SHA256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "CREATED_BY", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected Attachment() {
        // for JPA
    }

    Attachment(DivisionCode division, String noticeId, String fileName, CheckedFile file, String createdBy,
               Instant createdAt) {
        this.id = Ids.newId();
        this.divisionCode = Objects.requireNonNull(division, "Division is required.").value();
        this.noticeId = Objects.requireNonNull(noticeId, "Notice is required.");
        this.fileName = Objects.requireNonNull(fileName, "File name is required.");
        this.mediaType = file.mediaType().mediaType();
        this.size = file.bytes().length;
        this.sha256 = file.sha256();
        this.createdBy = Objects.requireNonNull(createdBy, "Author is required.");
        this.createdAt = Objects.requireNonNull(createdAt, "Time is required.");
    }

    public String id() {
        return id;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public String noticeId() {
        return noticeId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
