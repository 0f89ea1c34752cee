package vn.ttdt.portal.shared.domain;

import java.util.List;
import java.util.function.Function;

/** One page of results and the total number of matching rows. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total);
    }
}
