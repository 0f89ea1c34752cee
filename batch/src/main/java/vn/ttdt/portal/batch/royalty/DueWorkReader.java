package vn.ttdt.portal.batch.royalty;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import vn.ttdt.portal.royalty.application.PayrollComputation;
import vn.ttdt.portal.royalty.domain.PayrollLedger;
import vn.ttdt.portal.royalty.domain.WorkPartition;

/**
 * Reads the works due in one partition ({@link WorkPartition}) in ascending item id, a page at a time; the checkpoint is
 * the last item id read, which a restarted partition resumes after.
 */
@Named
@Dependent
public class DueWorkReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String month;

    @Inject
    @BatchProperty(name = "page")
    private String pageSize;

    @Inject
    @BatchProperty
    private String partition;

    @Inject
    @BatchProperty
    private String partitions;

    @Inject
    private PayrollComputation computation;

    private final Deque<PayrollLedger.DueWork> page = new ArrayDeque<>();
    private PayrollLedger.DueWorkSelection selection;
    private long lastItemId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        YearMonth period = PayrollMonth.parse(month);
        selection = computation.dueWorkSelection(period, partitions == null || partitions.isBlank() ? WorkPartition.ALL
                : new WorkPartition(Integer.parseInt(partition.strip()), Integer.parseInt(partitions.strip())));
        lastItemId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public PayrollLedger.DueWork readItem() {
        if (page.isEmpty() && !exhausted) {
            int size = pageSize == null || pageSize.isBlank() ? 1000 : Integer.parseInt(pageSize.strip());
            page.addAll(computation.dueWorks(selection, lastItemId, size));
            exhausted = page.size() < size;
        }
        PayrollLedger.DueWork next = page.pollFirst();
        if (next != null) {
            lastItemId = next.work().itemId();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastItemId;
    }
}
