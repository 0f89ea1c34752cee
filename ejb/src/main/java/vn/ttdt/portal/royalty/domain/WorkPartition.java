package vn.ttdt.portal.royalty.domain;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One of {@code count} interleaved shares of a month's works for the payroll job, by item id: the works whose id leaves
 * {@code index} when divided by {@code count}. Every work falls in exactly one share whatever works are graded or settled
 * between a run and its restart, so a share resumed after its checkpoint neither repeats nor misses a work of another.
 */
public record WorkPartition(int index, int count) {

    /** The whole month in one share. */
    public static final WorkPartition ALL = new WorkPartition(0, 1);

    public WorkPartition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("partition " + index + " of " + count);
        }
    }

    /** The {@code count} shares that together hold every work once. */
    public static List<WorkPartition> of(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("partitions " + count);
        }
        return IntStream.range(0, count).mapToObj(index -> new WorkPartition(index, count)).toList();
    }

    public boolean contains(long itemId) {
        return Math.floorMod(itemId, count) == index;
    }
}
