package org.gongshi.request;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal deadline of a request: the date, whether it may still move (a year whose holidays are not
 * loaded yet, or a pause still running), and how it was counted, in Chinese.
 */
public record DueDate(LocalDate date, boolean provisional, List<String> explanation) {

    public DueDate {
        explanation = List.copyOf(explanation);
    }
}
