package vn.ttdt.portal.batch.quota;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import vn.ttdt.portal.quota.application.QuotaComplianceComputation;
import vn.ttdt.portal.quota.domain.ComplianceRow;
import vn.ttdt.portal.quota.domain.RowPosition;

/**
 * Reads the rows of the run's quarters in order (quarter, group, unit); the checkpoint is the position of the last row
 * read, so a restarted run goes on after the last committed chunk.
 */
@Named
@Dependent
public class ComplianceRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String quarters;

    @Inject
    private QuotaComplianceComputation computation;

    private final Deque<ComplianceRow> rows = new ArrayDeque<>();
    private RowPosition last;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? null : RowPosition.fromCheckpoint((String) checkpoint);
        computation.rows(QuotaJobParameters.range(quarters)).stream()
                .filter(row -> last == null || row.position().compareTo(last) > 0)
                .forEach(rows::add);
    }

    @Override
    public ComplianceRow readItem() {
        ComplianceRow next = rows.pollFirst();
        if (next != null) {
            last = next.position();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last == null ? null : last.checkpoint();
    }
}
