package vn.ttdt.portal.batch.royalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.batch.api.partition.PartitionPlan;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkPartitionMapperTest {

    @Test
    void thePlanGivesEachPartitionItsShareAndAThreadOfItsOwn() {
        PartitionPlan plan = WorkPartitionMapper.plan(2);
        assertEquals(2, plan.getPartitions());
        assertEquals(2, plan.getThreads());
        assertEquals(List.of("0 of 2", "1 of 2"), shares(plan));
    }

    @Test
    void oneStepReadsTheWholeMonthAsOnePartition() {
        assertEquals(List.of("0 of 1"), shares(WorkPartitionMapper.plan(1)));
    }

    @Test
    void theSamePlanIsMadeAgainOnRestart() {
        assertEquals(shares(WorkPartitionMapper.plan(3)), shares(WorkPartitionMapper.plan(3)));
    }

    @Test
    void aCountOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WorkPartitionMapper.plan(0));
        assertThrows(IllegalArgumentException.class, () -> WorkPartitionMapper.plan(WorkPartitionMapper.MAX_PARTITIONS + 1));
    }

    private static List<String> shares(PartitionPlan plan) {
        return Arrays.stream(plan.getPartitionProperties())
                .map(p -> p.getProperty("partition") + " of " + p.getProperty("partitions")).toList();
    }
}
