package vn.ttdt.portal.admin.advertising;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.advertising.application.RevenueReport;
import vn.ttdt.portal.site.advertising.application.RevenueReports;

/** The yearly advertising revenue: contracts, fees, paid and outstanding, with the spreadsheet of the same year. */
@Named("adRevenue")
@ViewScoped
public class RevenueView implements Serializable {

    @Inject
    private RevenueReports reports;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    private int year;
    private RevenueReport report;

    @PostConstruct
    void init() {
        year = BusinessCalendar.dayOf(clock.instant()).getYear();
        show();
    }

    public void show() {
        int chosen = year;
        report = feedback.attempt(() -> reports.year(chosen), null);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public RevenueReport getReport() { return report; }
}
