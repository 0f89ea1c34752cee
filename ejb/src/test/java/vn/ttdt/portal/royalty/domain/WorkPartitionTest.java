package vn.ttdt.portal.royalty.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WorkPartitionTest {

    @Test
    void everyWorkFallsInExactlyOneShareWhateverTheCount() {
        for (int count = 1; count <= 8; count++) {
            List<WorkPartition> shares = WorkPartition.of(count);
            assertEquals(count, shares.size());
            LongStream.rangeClosed(1, 10_000).forEach(itemId -> assertEquals(1,
                    shares.stream().filter(share -> share.contains(itemId)).count(), "item " + itemId));
        }
    }

    @Test
    void sharesOfTwoTakeAlternateItemIds() {
        List<WorkPartition> two = WorkPartition.of(2);
        assertEquals(List.of(true, false, true, false), LongStream.of(2, 3, 4, 5).mapToObj(two.get(0)::contains).toList());
        assertEquals(List.of(false, true, false, true), LongStream.of(2, 3, 4, 5).mapToObj(two.get(1)::contains).toList());
    }

    @Test
    void theWholeMonthIsOneShare() {
        assertEquals(List.of(WorkPartition.ALL), WorkPartition.of(1));
        assertTrue(LongStream.rangeClosed(1, 1_000).allMatch(WorkPartition.ALL::contains));
    }

    @Test
    void aShareOutsideItsCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WorkPartition(2, 2));
        assertThrows(IllegalArgumentException.class, () -> new WorkPartition(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new WorkPartition(0, 0));
        assertThrows(IllegalArgumentException.class, () -> WorkPartition.of(0));
    }
}
