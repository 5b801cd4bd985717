package org.gongshi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.shared.Ids;
import org.gongshi.tenancy.DivisionCode;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A letter or notice generated for a request, in one format, archived with it (Regulation Art. 45).
 * Written once, never changed: a new letter is a new row. It carries the applicant's name: staff of
 * the division and the holder of the access code read it, nobody else.
 */
@Entity
@Table(name = "REQUEST_DOCUMENT")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class RequestDocument {

    /** What the document is. */
    public enum Kind {
        /** 政府信息公开申请答复书 (Art. 36, 37). */
        REPLY_LETTER,
        /** 收费通知书 (国办函〔2020〕109号). */
        FEE_NOTICE,
        /** 延期答复告知书 (Art. 33 (2)). */
        EXTENSION_NOTICE,
        /** 补正告知书 (Art. 30). */
        CORRECTION_NOTICE
    }

    /** The file format. */
    public enum Format {
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        PDF("application/pdf", "pdf");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "REQUEST_ID", length = 36, nullable = false, updatable = false)
    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 30, nullable = false, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "FORMAT", length = 10, nullable = false, updatable = false)
    private Format format;

    @Column(name = "FILE_NAME", length = 200, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "SHA256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "SIZE_BYTES", nullable = false, updatable = false)
    private long size;

    /**
     * BYTEA on PostgreSQL (no large object), binary varying on H2; see attachment.AttachmentContent.
     * Lists of documents select the other columns only ({@link RequestDocuments}), so they never read it.
     */
    @Column(name = "BYTES", nullable = false, updatable = false)
    private byte[] bytes;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 100, nullable = false, updatable = false)
    private String createdBy;

    protected RequestDocument() {
        // for JPA
    }

    RequestDocument(DisclosureRequest request, Kind kind, Format format, byte[] bytes, Instant at, String by) {
        Objects.requireNonNull(request, "Request is required.");
        this.id = Ids.newId();
        this.divisionCode = request.division().value();
        this.requestId = request.id();
        this.kind = Objects.requireNonNull(kind);
        this.format = Objects.requireNonNull(format);
        this.bytes = bytes.clone();
        this.size = bytes.length;
        this.sha256 = sha256(bytes);
        this.fileName = request.receiptNumber() + "-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + "." + format.extension();
        this.createdAt = at;
        this.createdBy = by;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available.", e);
        }
    }

    public String id() { return id; }
    public DivisionCode division() { return DivisionCode.of(divisionCode); }
    public String requestId() { return requestId; }
    public Kind kind() { return kind; }
    public Format format() { return format; }
    public String fileName() { return fileName; }
    public String sha256() { return sha256; }
    public long size() { return size; }
    public byte[] bytes() { return bytes.clone(); }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
