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

/** Reads the works due in ascending item id, a page at a time; the checkpoint is the last item id read. */
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
    private PayrollComputation computation;

    private final Deque<PayrollLedger.DueWork> page = new ArrayDeque<>();
    private YearMonth period;
    private long lastItemId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        period = PayrollMonth.parse(month);
        lastItemId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public PayrollLedger.DueWork readItem() {
        if (page.isEmpty() && !exhausted) {
            int size = pageSize == null || pageSize.isBlank() ? 1000 : Integer.parseInt(pageSize.strip());
            page.addAll(computation.dueWorks(period, lastItemId, size));
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
