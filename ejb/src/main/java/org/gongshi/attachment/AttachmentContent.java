package org.gongshi.attachment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

import java.util.Objects;

/**
 * The bytes of an attachment, under the attachment's id. A plain {@code byte[]} on a BYTEA column
 * (binary varying on H2): {@code @Lob} would make PostgreSQL keep a large object behind an oid.
 */
@Entity
@Table(name = "ATTACHMENT_CONTENT")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class AttachmentContent {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Basic(fetch = FetchType.EAGER)
    @Column(name = "BYTES", nullable = false, updatable = false)
    private byte[] bytes;

    protected AttachmentContent() {
        // for JPA
    }

    AttachmentContent(Attachment attachment, byte[] bytes) {
        this.id = attachment.id();
        this.divisionCode = attachment.divisionCode();
        this.bytes = Objects.requireNonNull(bytes, "Bytes are required.");
    }

    public String id() {
        return id;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
