package vn.ttdt.portal.batch.accountreview;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import vn.ttdt.portal.organisation.domain.AccountReviewRepository;
import vn.ttdt.portal.organisation.domain.DormancyRule;

/** Reads the ids of dormant accounts in ascending order; the checkpoint is the last id read. */
@Named
@Dependent
public class DormantAccountReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @Inject
    @BatchProperty
    private String days;

    @Inject
    private AccountReviewRepository reviews;

    @Inject
    private Clock clock;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private Instant cutoff;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
        cutoff = new DormancyRule(Integer.parseInt(days.strip())).cutoff(clock.instant());
    }

    @Override
    public Long readItem() {
        if (page.isEmpty()) {
            page.addAll(reviews.dormantAccountIds(cutoff, lastId, PAGE));
        }
        Long next = page.pollFirst();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
