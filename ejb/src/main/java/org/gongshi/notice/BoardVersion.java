package org.gongshi.notice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a public page of a division (or its subtree) depends on, cheaply: a tag that changes with
 * every publication, correction, withdrawal and with the date (notices leave the board by date),
 * and the last time it changed, for {@code ETag} and {@code Last-Modified}.
 */
public record BoardVersion(String tag, Instant lastModified) {

    /**
     * The version from the aggregate over the scope ({@link CatalogQueries#versionParts}) on
     * {@code today}. The last modification is the newest change, or the start of today if that is
     * later: at midnight notices whose period ended leave the board without any write.
     */
    static BoardVersion of(Instant newestPublication, Instant newestRevision, Instant newestWithdrawal, long count,
                           long sections, LocalDate today) {
        Instant startOfDay = today.atStartOfDay(Notice.ZONE).toInstant();
        Instant last = startOfDay;
        for (Instant i : new Instant[]{newestPublication, newestRevision, newestWithdrawal}) {
            if (i != null && i.isAfter(last)) {
                last = i;
            }
        }
        String tag = b36(micros(newestPublication)) + "-" + b36(micros(newestRevision)) + "-" + b36(micros(newestWithdrawal))
                + "-" + b36(count) + "-" + b36(sections) + "-" + b36(today.toEpochDay());
        return new BoardVersion(tag, last);
    }

    private static String b36(long value) {
        return Long.toString(value, 36);
    }

    private static long micros(Instant i) {
        return i == null ? 0 : i.getEpochSecond() * 1_000_000 + i.getNano() / 1_000;
    }
}
