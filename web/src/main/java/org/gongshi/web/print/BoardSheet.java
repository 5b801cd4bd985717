package org.gongshi.web.print;

import org.gongshi.notice.PublishedNotice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What goes on one printed board: the division's full name, the board's title (a section's name,
 * or the whole board), the day it is printed, the paper, and the notices with the absolute URL of
 * each one's public page (what its QR code says).
 */
public record BoardSheet(String divisionName, String title, LocalDate printedOn, Paper paper, List<Entry> entries,
                         String note) {

    public record Entry(PublishedNotice notice, String url) {
        public Entry {
            Objects.requireNonNull(notice, "Notice is required.");
            Objects.requireNonNull(url, "URL is required.");
        }
    }

    public BoardSheet {
        Objects.requireNonNull(divisionName, "Division name is required.");
        Objects.requireNonNull(title, "Title is required.");
        Objects.requireNonNull(printedOn, "Print date is required.");
        Objects.requireNonNull(paper, "Paper is required.");
        entries = List.copyOf(Objects.requireNonNull(entries, "Entries are required."));
    }
}
