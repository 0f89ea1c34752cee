package vn.ttdt.portal.batch.royalty;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ttdt.portal.royalty.application.PayrollComputation;

/** First step: opens the month's draft (created, or emptied when computed before) and counts the works due. */
@Named
@Dependent
public class PreparePayroll extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String month;

    @Inject
    private JobContext job;

    @Inject
    private PayrollComputation computation;

    @Override
    public String process() {
        computation.begin(PayrollMonth.parse(month), job.getExecutionId());
        return "PREPARED";
    }
}
