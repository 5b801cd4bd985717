package org.gongshi.relief;

import java.time.LocalDate;

/**
 * A list now on notice that names the person asked about: its title, type, notice and period. Says
 * nothing about the row (no amount, no position) nor about other people.
 */
public record SelfCheckMatch(String title, ReliefListType type, String noticeId, LocalDate noticeStartsOn,
                             LocalDate noticeEndsOn) {
}
