package vn.ttdt.portal.batch.quota;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.ttdt.portal.quota.application.QuotaComplianceComputation;
import vn.ttdt.portal.quota.domain.ComplianceRow;

/** Writes a chunk's rows in the chunk's transaction; a row written again (after a crash) replaces itself. */
@Named
@Dependent
public class ComplianceRowWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String quarters;

    @Inject
    private JobContext job;

    @Inject
    private QuotaComplianceComputation computation;

    @Override
    public void writeItems(List<Object> items) {
        computation.write(QuotaJobParameters.range(quarters), job.getInstanceId(),
                items.stream().map(ComplianceRow.class::cast).toList());
    }
}
