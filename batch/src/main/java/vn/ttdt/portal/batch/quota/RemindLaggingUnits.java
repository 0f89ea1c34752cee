package vn.ttdt.portal.batch.quota;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import vn.ttdt.portal.quota.application.QuotaReminders;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/** After a provisional run: the lagging units reminded, when the run is of the current quarter in its last month. */
@Named
@Dependent
public class RemindLaggingUnits extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String year;

    @Inject
    @BatchProperty
    private String quarter;

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
        int reminded = reminders.remind(QuotaJobParameters.quarter(year, quarter), BusinessCalendar.dayOf(clock.instant()));
        return "REMINDED " + reminded;
    }
}
