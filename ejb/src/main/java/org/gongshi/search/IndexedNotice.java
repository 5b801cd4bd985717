package org.gongshi.search;

import org.gongshi.notice.Genre;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What the index knows of a notice on the board: its public text (the body as plain text, the
 * attachments' extracted text) and what the catalog filters on. {@code noticeEndsOn} is kept so a
 * notice leaves the results on its own the day after its notice period ends.
 */
public record IndexedNotice(String id, String divisionCode, String title, String body, String attachmentText,
                     String documentNumber, String section, Genre genre, Set<String> topics, String agency,
                     Set<String> audiences, Instant publishedAt, LocalDate noticeEndsOn) {

    public IndexedNotice {
        Objects.requireNonNull(id, "Notice id is required.");
        Objects.requireNonNull(divisionCode, "Division is required.");
        Objects.requireNonNull(publishedAt, "Publication time is required.");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        attachmentText = attachmentText == null ? "" : attachmentText;
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
    }
}
