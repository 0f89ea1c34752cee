package vn.ttdt.portal.batch.royalty;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.ttdt.portal.royalty.application.PayrollComputation;
import vn.ttdt.portal.royalty.domain.PayrollLedger;
import vn.ttdt.portal.royalty.domain.PayrollLine;
import vn.ttdt.portal.royalty.domain.RoyaltySchedule;

/** Turns a due work into the lines of its unpaid shares, by the rules of the schedule read once per step. */
@Named
@Dependent
public class WorkLineProcessor implements ItemProcessor {

    @Inject
    private PayrollComputation computation;

    private RoyaltySchedule schedule;

    @Override
    public List<PayrollLine> processItem(Object item) {
        if (schedule == null) {
            schedule = computation.schedule();
        }
        return PayrollComputation.linesOf((PayrollLedger.DueWork) item, schedule);
    }
}
