package vn.ttdt.portal.batch.quota;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import vn.ttdt.portal.quota.application.QuotaReminders;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * After a provisional run: the lagging units reminded, when the run's last quarter is the current one in its last month
 * (only the current quarter is ever reminded of, and it can only be the last of a run).
 */
@Named
@Dependent
public class RemindLaggingUnits extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String quarters;

    @Inject
    @BatchProperty(name = "final")
    private String finalRun;

    @Inject
    private QuotaReminders reminders;

    @Inject
    private Clock clock;

    @Override
    public String process() {
        if (QuotaJobParameters.isFinal(finalRun)) {
            return "FINAL";
        }
        int reminded = reminders.remind(QuotaJobParameters.range(quarters).last(), BusinessCalendar.dayOf(clock.instant()));
        return "REMINDED " + reminded;
    }
}
