package org.zhifa.common;

import java.util.List;

/** One page of a list: items, total count, page index (0-based) and size. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public static int clampSize(int size) {
        return Math.max(1, Math.min(size, 200));
    }
}
