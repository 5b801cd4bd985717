package org.gongshi.relief;

import java.util.List;

/**
 * Exactly what residents will see of a list: the masked table and the notice body made from it.
 *
 * @param body the notice body as it will be submitted (Markdown), for the period starting today
 */
public record ReliefPreview(String listId, String title, List<String> headings, List<List<String>> rows, String body) {

    public ReliefPreview {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
