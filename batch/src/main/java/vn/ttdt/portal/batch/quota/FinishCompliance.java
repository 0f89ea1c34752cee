package vn.ttdt.portal.batch.quota;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ttdt.portal.quota.application.QuotaComplianceComputation;

/** Last step: the table computed, and the quarter locked when the run is final. */
@Named
@Dependent
public class FinishCompliance extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String quarters;

    @Inject
    private JobContext job;

    @Inject
    private QuotaComplianceComputation computation;

    @Override
    public String process() {
        computation.finish(QuotaJobParameters.range(quarters), job.getInstanceId(), job.getExecutionId());
        return "COMPUTED";
    }
}
