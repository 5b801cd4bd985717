package org.gongshi.attachment;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.gongshi.shared.InvalidInput;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decides what an uploaded file is from its bytes alone — never from its name or the type the
 * browser claims — and refuses everything that is not an {@link AllowedType}, empty, or larger than
 * the limit. Apache Tika's magic-byte detector ({@code tika-core}) recognises PDF and the image
 * formats; Word and Excel files are ZIP containers, which the core detector sees only as ZIP, so
 * their {@code [Content_Types].xml} is checked here: the ZIP's central directory is read (names and
 * sizes, nothing inflated) and only that one small entry is inflated, never more than
 * {@value #CONTENT_TYPES_MAX} bytes. A plain ZIP, a macro-enabled document, a ZIP with suspicious
 * sizes (a bomb) or one that is not well formed is refused.
 */
public final class ContentCheck {

    /** The largest {@code [Content_Types].xml} we inflate; real ones are a few KB. */
    static final int CONTENT_TYPES_MAX = 64 * 1024;
    /** More entries than any real Word or Excel file of allowed size has. */
    static final int ZIP_ENTRIES_MAX = 10_000;
    /** Declared uncompressed size of all entries, at most this many times the file size (XML compresses ~10x). */
    static final int ZIP_RATIO_MAX = 100;

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private final long maxBytes;

    public ContentCheck(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The size limit must be positive.");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads the upload (never more than the limit plus one byte) and checks it. */
    public CheckedFile check(InputStream upload) {
        return check(readAtMost(Objects.requireNonNull(upload, "Upload is required."), maxBytes));
    }

    public CheckedFile check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInput("error.attachment.empty");
        }
        if (bytes.length > maxBytes) {
            throw new AttachmentTooLarge(maxBytes);
        }
        AllowedType type = detect(bytes).orElseThrow(UnsupportedAttachment::new);
        return new CheckedFile(bytes, type, sha256(bytes));
    }

    /** What the bytes are, if they are one of the allowed kinds. */
    static java.util.Optional<AllowedType> detect(byte[] bytes) {
        MediaType detected;
        try {
            // No file name in the metadata: Tika must decide from the bytes alone.
            detected = TIKA.detect(new ByteArrayInputStream(bytes), new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = detected.getBaseType().toString();
        if (base.equals("application/zip") || base.equals("application/x-tika-ooxml")
                || base.equals(AllowedType.DOCX.mediaType()) || base.equals(AllowedType.XLSX.mediaType())) {
            return java.util.Optional.ofNullable(officeType(bytes));
        }
        return AllowedType.ofMediaType(base).filter(t -> t != AllowedType.DOCX && t != AllowedType.XLSX);
    }

    /** Reads at most {@code max + 1} bytes: enough to know the upload is too large, never more. */
    static byte[] readAtMost(InputStream in, long max) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            while (true) {
                int want = (int) Math.min(buffer.length, max + 1 - total);
                if (want <= 0) {
                    throw new AttachmentTooLarge(max);
                }
                int n = in.read(buffer, 0, want);
                if (n < 0) {
                    return out.toByteArray();
                }
                out.write(buffer, 0, n);
                total += n;
            }
        } catch (IOException e) {
            throw new InvalidInput("error.attachment.unreadable");
        }
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }

    // ---- Word and Excel: a ZIP with the right [Content_Types].xml ----

    /** DOCX or XLSX when the ZIP is one, else {@code null}. */
    static AllowedType officeType(byte[] zip) {
        try {
            return officeTypeOrThrow(zip);
        } catch (IndexOutOfBoundsException | DataFormatException | IllegalStateException e) {
            return null;
        }
    }

    private static AllowedType officeTypeOrThrow(byte[] zip) throws DataFormatException {
        int eocd = findEndOfCentralDirectory(zip);
        if (eocd < 0) {
            return null;
        }
        int entries = u16(zip, eocd + 10);
        long cdSize = u32(zip, eocd + 12);
        long cdOffset = u32(zip, eocd + 16);
        if (entries == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL // ZIP64: never for our sizes
                || entries > ZIP_ENTRIES_MAX || cdOffset + cdSize > eocd) {
            return null;
        }
        Set<String> names = new HashSet<>();
        long declared = 0;
        int contentTypesHeader = -1;
        int p = (int) cdOffset;
        for (int i = 0; i < entries; i++) {
            if (u32(zip, p) != 0x02014b50L) {
                return null;
            }
            int flags = u16(zip, p + 8);
            long uncompressed = u32(zip, p + 24);
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            long localHeader = u32(zip, p + 42);
            String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            if ((flags & 1) != 0 || !names.add(name)) {
                return null; // encrypted, or the same name twice (which one would Word read?)
            }
            declared += uncompressed;
            if (name.equals("[Content_Types].xml")) {
                if (localHeader >= cdOffset) {
                    return null;
                }
                contentTypesHeader = (int) localHeader;
            }
            p += 46 + nameLength + extraLength + commentLength;
        }
        if (declared > (long) ZIP_RATIO_MAX * zip.length || contentTypesHeader < 0 || !names.contains("_rels/.rels")) {
            return null;
        }
        String contentTypes = inflateEntry(zip, contentTypesHeader);
        if (contentTypes == null) {
            return null;
        }
        boolean word = contentTypes.contains(WORD_MAIN) && names.contains(partName(contentTypes, WORD_MAIN));
        boolean excel = contentTypes.contains(EXCEL_MAIN) && names.contains(partName(contentTypes, EXCEL_MAIN));
        if (word == excel) {
            return null;
        }
        return word ? AllowedType.DOCX : AllowedType.XLSX;
    }

    /** The part the content types file names for {@code contentType}, without its leading slash. */
    private static String partName(String contentTypes, String contentType) {
        int at = contentTypes.indexOf("ContentType=\"" + contentType + "\"");
        if (at < 0) {
            return "";
        }
        int start = contentTypes.lastIndexOf('<', at);
        int end = contentTypes.indexOf('>', at);
        if (start < 0 || end < 0) {
            return "";
        }
        String element = contentTypes.substring(start, end);
        int name = element.indexOf("PartName=\"");
        if (name < 0) {
            return "";
        }
        int from = name + "PartName=\"".length();
        int to = element.indexOf('"', from);
        String part = to < 0 ? "" : element.substring(from, to);
        return part.startsWith("/") ? part.substring(1) : part;
    }

    /** The text of the entry whose local header is at {@code header}, or {@code null} if it is too large. */
    private static String inflateEntry(byte[] zip, int header) throws DataFormatException {
        if (u32(zip, header) != 0x04034b50L) {
            return null;
        }
        int method = u16(zip, header + 8);
        long compressed = u32(zip, header + 18);
        int nameLength = u16(zip, header + 26);
        int extraLength = u16(zip, header + 28);
        int data = header + 30 + nameLength + extraLength;
        if ((u16(zip, header + 6) & 8) != 0) {
            // Sizes follow the data: read to the end of the file at most, the limit still holds.
            compressed = zip.length - data;
        }
        if (data + compressed > zip.length) {
            return null;
        }
        if (method == 0) {
            return compressed > CONTENT_TYPES_MAX ? null
                    : new String(zip, data, (int) compressed, StandardCharsets.UTF_8);
        }
        if (method != 8) {
            return null;
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, data, (int) compressed);
            byte[] out = new byte[CONTENT_TYPES_MAX + 1];
            int length = 0;
            while (!inflater.finished() && length < out.length) {
                int n = inflater.inflate(out, length, out.length - length);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                length += n;
            }
            if (length > CONTENT_TYPES_MAX || !inflater.finished()) {
                return null;
            }
            return new String(out, 0, length, StandardCharsets.UTF_8);
        } finally {
            inflater.end();
        }
    }

    private static int findEndOfCentralDirectory(byte[] zip) {
        int lowest = Math.max(0, zip.length - 22 - 0xFFFF);
        for (int i = zip.length - 22; i >= lowest; i--) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x05 && zip[i + 3] == 0x06) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
    }
}
