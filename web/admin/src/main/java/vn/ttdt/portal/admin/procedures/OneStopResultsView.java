package vn.ttdt.portal.admin.procedures;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import vn.ttdt.portal.procedures.application.OneStopStatistics;

/** The one-stop results of a month, unit by unit, with the month's total. */
@Named("oneStopResults")
@ViewScoped
public class OneStopResultsView implements Serializable {

    @Inject
    private OneStopStatistics statistics;

    private List<String> periods;
    private String period;
    private OneStopStatistics.Month month;

    public List<String> getPeriods() {
        if (periods == null) {
            periods = statistics.periods();
        }
        return periods;
    }

    public void show() {
        month = null;
    }

    public OneStopStatistics.Month getMonth() {
        if (month == null && getPeriod() != null) {
            month = statistics.month(YearMonth.parse(getPeriod()));
        }
        return month;
    }

    public String getPeriod() {
        if (period == null && !getPeriods().isEmpty()) {
            period = getPeriods().get(0);
        }
        return period;
    }

    public void setPeriod(String period) {
        this.period = getPeriods().contains(period) ? period : null;
    }
}
