package org.gongshi.request;

/**
 * A reply as staff decide it: its type (Art. 36, 37), the reason the letter gives (required for
 * refusals and partial disclosure), and where already-public information or a publication can be had.
 */
public record Reply(ReplyType type, String reason, String place) {
}
