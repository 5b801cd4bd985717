package org.gongshi.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a clerk writes: the title and the body of a notice. */
public record NoticeText(
        @NotBlank(message = "{error.notice.title-required}") @Size(max = Notice.TITLE_MAX) String title,
        @NotBlank(message = "{error.notice.body-required}") @Size(max = Notice.BODY_MAX) String body) {
}
