package vn.ttdt.portal.batch.royalty;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import vn.ttdt.portal.royalty.application.PayrollComputation;
import vn.ttdt.portal.royalty.domain.PayrollLedger;

/**
 * Reads the works due in ascending item id, a page at a time; the checkpoint is the last item id handed out. While a
 * chunk's works are computed and written, the next page is already read ({@link PageReadAhead}) in a transaction of
 * its own (it reads content and gradings only, never the lines a chunk writes), so the database reads it on the other
 * core; when the step ends, however it ends, a read under way is waited for and dropped.
 */
@Named
@Dependent
public class DueWorkReader extends AbstractItemReader {

    /** Far longer than a page's read takes (tens of milliseconds). */
    private static final Duration LONGEST_WAIT_FOR_A_DROPPED_PAGE = Duration.ofSeconds(30);

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
    private PageReadAhead<PayrollLedger.DueWork> nextPage;

    @Override
    public void open(Serializable checkpoint) {
        period = PayrollMonth.parse(month);
        size = pageSize == null || pageSize.isBlank() ? 1000 : Integer.parseInt(pageSize.strip());
        lastItemId = checkpoint == null ? 0L : (Long) checkpoint;
        nextPage = new PageReadAhead<>(executor, LONGEST_WAIT_FOR_A_DROPPED_PAGE);
    }

    @Override
    public PayrollLedger.DueWork readItem() {
        if (page.isEmpty() && !exhausted) {
            List<PayrollLedger.DueWork> read = nextPage.isReading() ? nextPage.take() : computation.dueWorks(period, lastItemId, size);
            page.addAll(read);
            exhausted = read.size() < size;
            if (!exhausted) {
                readAhead(read.get(read.size() - 1).work().itemId());
            }
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
            nextPage.discard();
        }
    }

    private void readAhead(long afterItemId) {
        YearMonth due = period;
        int limit = size;
        nextPage.start(() -> computation.dueWorks(due, afterItemId, limit));
    }
}
