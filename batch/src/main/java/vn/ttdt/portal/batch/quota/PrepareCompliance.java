package vn.ttdt.portal.batch.quota;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ttdt.portal.quota.application.QuotaComplianceComputation;

/** First step: the quarter's table opened for this run (its earlier rows removed) and its rows counted. */
@Named
@Dependent
public class PrepareCompliance extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String quarters;

    @Inject
    @BatchProperty(name = "final")
    private String finalRun;

    @Inject
    private JobContext job;

    @Inject
    private QuotaComplianceComputation computation;

    @Override
    public String process() {
        computation.begin(QuotaJobParameters.range(quarters), QuotaJobParameters.isFinal(finalRun), job.getInstanceId());
        return "PREPARED";
    }
}
