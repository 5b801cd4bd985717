package org.gongshi.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of results: zero-based page number, page size, and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "Items are required."));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Clamps what a client asked for to sane values. */
    public static int clampSize(int size) {
        return size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static int clampPage(int page) {
        return Math.max(page, 0);
    }
}
