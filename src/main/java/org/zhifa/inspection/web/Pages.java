package org.zhifa.inspection.web;

import java.util.List;
import org.zhifa.common.PageResult;

/** One page of a short list already read whole (items, inspectors, segments, schedules: hundreds, not millions). */
final class Pages {

    static final int SIZE = 50;

    private Pages() {
    }

    static <T> PageResult<T> of(List<T> all, int page) {
        int p = Math.max(0, page);
        int from = Math.min(all.size(), p * SIZE);
        return new PageResult<>(all.subList(from, Math.min(all.size(), from + SIZE)), all.size(), p, SIZE);
    }

    /** The list URL with its filters, for the pager. */
    static String base(String path, String... params) {
        var b = org.springframework.web.util.UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < params.length; i += 2) {
            if (params[i + 1] != null && !params[i + 1].isBlank()) {
                b.queryParam(params[i], params[i + 1]);
            }
        }
        return b.encode().build().toUriString();
    }
}
