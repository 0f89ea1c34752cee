package vn.ttdt.portal.batch.royalty;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import vn.ttdt.portal.royalty.application.PayrollComputation;
import vn.ttdt.portal.royalty.domain.PayrollLedger;

/**
 * Reads the works due in ascending item id, a page at a time; the checkpoint is the last item id handed out. While a
 * chunk's works are computed and written, the next page is already read in a transaction of its own (it reads
 * content and gradings only, never the lines a chunk writes), so the database reads it on the other core.
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
    private PayrollComputation computation;

    @Resource
    private ManagedExecutorService executor;

    private final Deque<PayrollLedger.DueWork> page = new ArrayDeque<>();
    private YearMonth period;
    private int size;
    private long lastItemId;
    private boolean exhausted;
    private Future<List<PayrollLedger.DueWork>> nextPage;

    @Override
    public void open(Serializable checkpoint) {
        period = PayrollMonth.parse(month);
        size = pageSize == null || pageSize.isBlank() ? 1000 : Integer.parseInt(pageSize.strip());
        lastItemId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public PayrollLedger.DueWork readItem() {
        if (page.isEmpty() && !exhausted) {
            List<PayrollLedger.DueWork> read = nextPage == null ? computation.dueWorks(period, lastItemId, size) : awaitNextPage();
            page.addAll(read);
            exhausted = read.size() < size;
            nextPage = exhausted ? null : readAhead(read.get(read.size() - 1).work().itemId());
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

    @Override
    public void close() {
        if (nextPage != null) {
            nextPage.cancel(true);
        }
    }

    private Future<List<PayrollLedger.DueWork>> readAhead(long afterItemId) {
        return executor.submit(() -> computation.dueWorks(period, afterItemId, size));
    }

    private List<PayrollLedger.DueWork> awaitNextPage() {
        try {
            return nextPage.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the works due after item " + lastItemId, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("reading the works due after item " + lastItemId + " failed", e.getCause());
        } finally {
            nextPage = null;
        }
    }
}
