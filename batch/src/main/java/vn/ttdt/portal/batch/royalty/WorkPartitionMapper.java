package vn.ttdt.portal.batch.royalty;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import vn.ttdt.portal.royalty.domain.WorkPartition;

/**
 * Splits the work-lines step into {@code partitions} interleaved shares of the month's works ({@link WorkPartition}), each
 * read, computed and written on its own thread, so that one share's writing overlaps another's reading. The plan
 * depends on nothing but the count, which a restart keeps (the job's parameters): a restarted partition gets its own
 * share back and resumes after its checkpoint.
 */
@Named
@Dependent
public class WorkPartitionMapper implements PartitionMapper {

    static final int DEFAULT_PARTITIONS = 2;
    static final int MAX_PARTITIONS = 8;

    @Inject
    @BatchProperty
    private String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        return plan(partitions == null || partitions.isBlank() ? DEFAULT_PARTITIONS : Integer.parseInt(partitions.strip()));
    }

    static PartitionPlan plan(int count) {
        if (count < 1 || count > MAX_PARTITIONS) {
            throw new IllegalArgumentException("partitions " + count + ", expected 1 to " + MAX_PARTITIONS);
        }
        List<WorkPartition> shares = WorkPartition.of(count);
        PartitionPlan plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(shares.stream().map(WorkPartitionMapper::properties).toArray(Properties[]::new));
        return plan;
    }

    private static Properties properties(WorkPartition share) {
        Properties properties = new Properties();
        properties.setProperty("partition", Integer.toString(share.index()));
        properties.setProperty("partitions", Integer.toString(share.count()));
        return properties;
    }
}
