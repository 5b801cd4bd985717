package org.gongshi.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured limits (MicroProfile Config: system property, environment variable
 * {@code GONGSHI_ATTACHMENT_MAX_BYTES}, …): bytes per file and files per notice.
 */
@ApplicationScoped
public class AttachmentLimits {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_PER_NOTICE = 20;

    @Inject
    @ConfigProperty(name = "gongshi.attachment.max-bytes", defaultValue = "20971520")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "gongshi.attachment.max-per-notice", defaultValue = "20")
    int maxPerNotice;

    public long maxBytes() {
        return maxBytes;
    }

    public int maxPerNotice() {
        return maxPerNotice;
    }
}
