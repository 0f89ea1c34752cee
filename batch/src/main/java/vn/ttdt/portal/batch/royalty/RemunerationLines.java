package vn.ttdt.portal.batch.royalty;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ttdt.portal.royalty.application.PayrollComputation;

/** The month's remuneration lines of the board members holding paid roles on its last day. */
@Named
@Dependent
public class RemunerationLines extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String month;

    @Inject
    private PayrollComputation computation;

    @Override
    public String process() {
        return "REMUNERATION_" + computation.writeRemuneration(PayrollMonth.parse(month));
    }
}
