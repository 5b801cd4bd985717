package org.gongshi.request;

import java.time.Instant;

/** A generated letter as listed (without its bytes). */
public record DocumentInfo(String id, RequestDocument.Kind kind, RequestDocument.Format format, String fileName,
                           long size, String sha256, Instant createdAt) {
}
