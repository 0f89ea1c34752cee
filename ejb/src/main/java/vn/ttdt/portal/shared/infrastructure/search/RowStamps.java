package vn.ttdt.portal.shared.infrastructure.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ttdt.portal.shared.infrastructure.jdbc.Row;

/**
 * The change stamps ({@code updated_at}) of the rows an in-memory index took in, by id. Following the change log reads
 * again every row stamped within {@link FollowedIndex#OVERLAP} of the last look; with the stamps, such a look reads only
 * ids and stamps and loads just the rows whose stamp this index has not seen (after an import of thousands of rows, a
 * look stays a few milliseconds instead of reading them all again every few seconds).
 */
public final class RowStamps {

    /** A row's id and change stamp, as the change log lists them. */
    public record Stamp(long id, Instant at) {

        /** Reads {@code id} and {@code updated_at}. */
        public static Stamp of(Row row) {
            return new Stamp(row.getLong("id"), row.getInstant("updated_at"));
        }
    }

    /** At most this many ids in one statement's {@code IN} list. */
    public static final int BATCH = 1000;

    private final Map<Long, Instant> seen = new HashMap<>();

    /** Notes that the row {@code id} was taken in as stamped {@code at}. */
    public void record(long id, Instant at) {
        seen.put(id, at);
    }

    /** Notes the stamp of {@code row} ({@code id}, {@code updated_at}) and answers {@code mapper}'s reading of it. */
    public <T> T recorded(Row row, Function<Row, T> mapper) {
        record(row.getLong("id"), row.getInstant("updated_at"));
        return mapper.apply(row);
    }

    /** The ids among {@code changed} whose stamp differs from the one taken in (or that were never taken in). */
    public List<Long> unseen(List<Stamp> changed) {
        List<Long> ids = new ArrayList<>();
        for (Stamp stamp : changed) {
            if (!stamp.at().equals(seen.get(stamp.id()))) {
                ids.add(stamp.id());
            }
        }
        return ids;
    }

    /** Reads {@code ids} {@link #BATCH} at a time with {@code reader} and answers everything read, in order. */
    public static <T> List<T> inBatches(List<Long> ids, Function<List<Long>, List<T>> reader) {
        List<T> read = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            read.addAll(reader.apply(ids.subList(from, Math.min(ids.size(), from + BATCH))));
        }
        return read;
    }
}
