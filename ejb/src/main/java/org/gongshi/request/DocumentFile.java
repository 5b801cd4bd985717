package org.gongshi.request;

/** A generated letter to download: its name, media type and bytes. */
public record DocumentFile(String fileName, String mediaType, byte[] bytes) {
}
