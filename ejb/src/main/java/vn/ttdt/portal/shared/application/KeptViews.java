package vn.ttdt.portal.shared.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Views of what citizens see, read from the database by id and kept from one reading to the next as long as a
 * generation stays (the published content generation: it moves after every committed change of what they see, on this
 * node at once and on the others within a second), so that a page reads only the rows no earlier page has shown in
 * this generation. At most {@code capacity} views are kept; past that, the views read are shown without being kept.
 * Thread-safe.
 *
 * @param <V> an immutable view, safe to hand to several requests at once
 */
public final class KeptViews<V> {

    private final LongSupplier generation;
    private final ToLongFunction<V> idOf;
    private final int capacity;
    private volatile Kept<V> kept = new Kept<>(Long.MIN_VALUE);

    /** What was read while the generation was {@code generation}. */
    private record Kept<V>(long generation, Map<Long, V> views) {

        Kept(long generation) {
            this(generation, new ConcurrentHashMap<>());
        }
    }

    public KeptViews(LongSupplier generation, ToLongFunction<V> idOf, int capacity) {
        this.generation = generation;
        this.idOf = idOf;
        this.capacity = capacity;
    }

    /**
     * The views with these ids, in their order: those kept, and the others {@code read} (by id, in any order; an id it
     * does not answer is left out).
     */
    public List<V> inOrder(List<Long> ids, Function<List<Long>, List<V>> read) {
        Kept<V> current = current();
        List<Long> missing = ids.stream().filter(id -> !current.views().containsKey(id)).toList();
        Map<Long, V> found = new HashMap<>();
        if (!missing.isEmpty()) {
            for (V view : read.apply(missing)) {
                long id = idOf.applyAsLong(view);
                found.put(id, view);
                if (current.views().size() < capacity) {
                    current.views().put(id, view);
                }
            }
        }
        List<V> views = new ArrayList<>(ids.size());
        for (Long id : ids) {
            V view = found.get(id);
            if (view == null) {
                view = current.views().get(id);
            }
            if (view != null) {
                views.add(view);
            }
        }
        return views;
    }

    /**
     * The views kept for the generation as it is now; a new, empty store when it moved. Read before the database, so a
     * reading that began before a change is kept only under the generation it began in, which the change leaves behind.
     */
    private Kept<V> current() {
        long now = generation.getAsLong();
        Kept<V> last = kept;
        if (last.generation() == now) {
            return last;
        }
        Kept<V> fresh = new Kept<>(now);
        kept = fresh;
        return fresh;
    }
}
