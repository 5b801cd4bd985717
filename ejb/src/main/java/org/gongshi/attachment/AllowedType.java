package org.gongshi.attachment;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file a notice may carry, as detected from their content. */
public enum AllowedType {
    PDF("application/pdf", "PDF", "pdf"),
    PNG("image/png", "PNG", "png"),
    JPEG("image/jpeg", "JPEG", "jpg"),
    GIF("image/gif", "GIF", "gif"),
    WEBP("image/webp", "WebP", "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", "xlsx");

    private final String mediaType;
    private final String label;
    private final String extension;

    AllowedType(String mediaType, String label, String extension) {
        this.mediaType = mediaType;
        this.label = label;
        this.extension = extension;
    }

    /** The IANA media type, as sent in {@code Content-Type}. */
    public String mediaType() {
        return mediaType;
    }

    /** A short name of the format that needs no translation: PDF, PNG, Word, Excel. */
    public String label() {
        return label;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The formats as a list for people: "PDF、PNG、JPEG、GIF、WebP、Word（docx）、Excel（xlsx）". */
    public static String names() {
        return String.join("、", Arrays.stream(values())
                .map(t -> t == DOCX || t == XLSX ? t.label + "（" + t.extension + "）" : t.label).toList());
    }

    public static Optional<AllowedType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }
}
