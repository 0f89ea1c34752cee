package vn.ttdt.portal.shared.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RowStampsTest {

    private static final Instant NOON = Instant.parse("2026-12-06T05:00:00Z");

    @Test
    void onlyRowsNeverTakenInOrStampedAgainAreReadAgain() {
        RowStamps stamps = new RowStamps();
        stamps.record(1, NOON);
        stamps.record(2, NOON);

        List<Long> unseen = stamps.unseen(List.of(new RowStamps.Stamp(1, NOON), new RowStamps.Stamp(2, NOON.plusMillis(1)),
                new RowStamps.Stamp(3, NOON)));

        assertEquals(List.of(2L, 3L), unseen);
    }

    @Test
    void idsAreReadAThousandAtATimeInTheirOrder() {
        List<Long> ids = LongStream.rangeClosed(1, 2_500).boxed().toList();
        List<Integer> batchSizes = new ArrayList<>();

        List<Long> read = RowStamps.inBatches(ids, batch -> {
            batchSizes.add(batch.size());
            return batch;
        });

        assertEquals(List.of(1000, 1000, 500), batchSizes);
        assertEquals(ids, read);
        assertEquals(List.of(), RowStamps.inBatches(List.of(), batch -> {
            throw new AssertionError("no statement for no ids");
        }));
    }
}
