package org.gongshi.web.site;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A browser's POST of a form to this site (host 127.0.0.1:18080), as the servlet sees it. */
final class FormPosts {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String SITE = "http://127.0.0.1:18080";

    private FormPosts() {
    }

    /** {@code fields} URL-encoded as the body, sent from a page at {@code origin} (or none) by {@code address}. */
    static HttpServletRequest post(Map<String, String> fields, String contentType, String origin, String address) throws IOException {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContentType()).thenReturn(contentType);
        when(request.getContentLengthLong()).thenReturn((long) bytes.length);
        when(request.getHeader("Origin")).thenReturn(origin);
        when(request.getHeader("Host")).thenReturn("127.0.0.1:18080");
        when(request.getRemoteAddr()).thenReturn(address);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        when(request.getInputStream()).thenReturn(new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }

            @Override
            public int read() {
                return in.read();
            }
        });
        return request;
    }
}
