package vn.ttdt.portal.batch.royalty;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ttdt.portal.royalty.application.PayrollComputation;

/** Last step: totals per payee with the tax withheld, and the payroll's grand totals. */
@Named
@Dependent
public class PayrollTotals extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String month;

    @Inject
    private JobContext job;

    @Inject
    private PayrollComputation computation;

    @Override
    public String process() {
        computation.computeTotals(PayrollMonth.parse(month), job.getExecutionId());
        return "COMPUTED";
    }
}
