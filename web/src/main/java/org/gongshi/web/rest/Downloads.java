package org.gongshi.web.rest;

import jakarta.ws.rs.core.Response;
import org.gongshi.attachment.AttachmentFile;

import java.nio.charset.StandardCharsets;

/**
 * How a stored file is answered: as a download (never shown inline), with the type detected at
 * upload, no sniffing, and a sandbox so that a browser that opens it anyway runs nothing in our origin.
 */
final class Downloads {

    private Downloads() {
    }

    static Response of(AttachmentFile file, String cacheControl) {
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", cacheControl)
                .header("ETag", "\"" + file.sha256() + "\"")
                .build();
    }

    /** A generated letter of a request: a download, never cached (it carries the applicant's name). */
    static Response of(org.gongshi.request.DocumentFile file) {
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded} (RFC 6266, RFC 5987). */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    static String rfc5987(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
