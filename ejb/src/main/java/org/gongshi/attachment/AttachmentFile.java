package org.gongshi.attachment;

/** The bytes of an attachment with what a download needs to describe them. */
public record AttachmentFile(String fileName, String mediaType, String sha256, byte[] bytes) {
}
