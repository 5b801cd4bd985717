package org.gongshi.web.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request bodies of the public forms and the public filing API, read with a hard cap: a body longer
 * than the cap is refused before it is all read (by its {@code Content-Length}, or by counting while
 * reading a chunked one), so that a huge post costs no memory. The cap is far above any honest form:
 * the longest field holds 4,000 characters, 36 KB once percent-encoded.
 */
public final class BoundedBody {

    /** The cap of a public form or filing: 64 KB. */
    public static final int MAX_BYTES = 64 * 1024;

    /** The body was longer than allowed. */
    public static final class TooLarge extends IOException {
        public TooLarge() {
            super("Request body over " + MAX_BYTES + " bytes", null);
        }
    }

    private BoundedBody() {
    }

    /** The body as UTF-8 text, or {@link TooLarge} when {@code declaredLength} or the bytes read exceed {@code max}. */
    public static String read(InputStream in, long declaredLength, int max) throws IOException {
        if (declaredLength > max) {
            throw new TooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n; in != null && (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > max) {
                throw new TooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The fields of an {@code application/x-www-form-urlencoded} body (UTF-8), the first value of
     * each name; a malformed escape leaves that field out.
     */
    public static Map<String, String> formFields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            } catch (IllegalArgumentException malformed) {
                // e.g. a stray '%': that field is simply missing, and the form says what is missing.
            }
        }
        return fields;
    }
}
