package org.gongshi.web.http;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;

/** A script of the public pages served from the classpath (the kiosk's, the print button), with its headers. */
public final class ClasspathScript {

    private ClasspathScript() {
    }

    /** Writes {@code name}, found next to {@code anchor}, under {@code policy} and {@code cacheControl}. */
    public static void write(HttpServletResponse response, Class<?> anchor, String name, String policy, String cacheControl)
            throws IOException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Script missing: " + name);
            }
            byte[] bytes = in.readAllBytes();
            response.setContentType("text/javascript;charset=UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", policy);
            response.setHeader("Cache-Control", cacheControl);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
