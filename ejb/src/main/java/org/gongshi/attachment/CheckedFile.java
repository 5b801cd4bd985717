package org.gongshi.attachment;

/** Bytes whose size and content passed the checks, with what they were found to be. */
public record CheckedFile(byte[] bytes, AllowedType mediaType, String sha256) {
}
