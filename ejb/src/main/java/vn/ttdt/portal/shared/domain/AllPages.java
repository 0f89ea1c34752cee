package vn.ttdt.portal.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a paged list through to its end, {@link PageRequest#MAX_LIMIT} rows at a time, up to {@code limit} rows. */
public final class AllPages {

    private AllPages() {
    }

    public static <T> List<T> of(Function<PageRequest, Page<T>> source, int limit) {
        List<T> rows = new ArrayList<>();
        Page<T> page;
        int offset = 0;
        do {
            page = source.apply(new PageRequest(offset, PageRequest.MAX_LIMIT, null, true));
            rows.addAll(page.items());
            offset += PageRequest.MAX_LIMIT;
        } while (offset < page.total() && offset < limit);
        return rows;
    }
}
