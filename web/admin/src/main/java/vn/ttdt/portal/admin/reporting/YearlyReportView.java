package vn.ttdt.portal.admin.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.reporting.application.YearlyReports;
import vn.ttdt.portal.reporting.domain.ReportChart;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.reporting.domain.YearlyReport;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.infrastructure.chart.SvgChart;

/**
 * The yearly operations report screen (Báo cáo hoạt động năm): a year chosen (last year by default, {@code ?year=}),
 * each section's figures as a table with its chart drawn beside it, and the links to the PDF and spreadsheet of the
 * same year.
 */
@Named("yearlyReport")
@ViewScoped
public class YearlyReportView implements Serializable {

    @Inject
    private YearlyReports reports;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    private Integer year;
    private YearlyReport report;

    /** The report of the year chosen (last year when none was). */
    public void show() {
        if (year == null) {
            year = BusinessCalendar.dayOf(clock.instant()).getYear() - 1;
        }
        int chosen = year;
        report = feedback.attempt(() -> reports.year(chosen), null);
    }

    /** The section's chart as inline SVG, one bar per row; empty when the section has none or nothing to draw. */
    public String chart(ReportSection section) {
        ReportChart chart = section.chart();
        if (!section.chartable()) {
            return "";
        }
        List<SvgChart.Figure> bars = section.rows().stream().map(row -> new SvgChart.Figure(row.label(), row.number(chart.column()),
                row.figures().get(chart.column()).display(), false)).toList();
        long largest = section.rows().stream().mapToLong(row -> row.number(chart.column())).max().orElse(0);
        String described = section.rows().stream().map(row -> row.label() + ": " + row.figures().get(chart.column()).display())
                .collect(Collectors.joining("; "));
        return SvgChart.bars("chart-" + section.key(), chart.title(), described, bars, SvgChart.Axis.counting(Math.max(1, largest)));
    }

    /** The years offered: from the first a report covers to this year, newest first, and the year asked for if it is not among them. */
    public List<Integer> getYears() {
        int now = BusinessCalendar.dayOf(clock.instant()).getYear();
        List<Integer> years = new ArrayList<>(IntStream.rangeClosed(ReportYear.FIRST, Math.min(now, ReportYear.LAST)).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        if (year != null && !years.contains(year)) {
            years.add(0, year);
        }
        return years;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public YearlyReport getReport() { return report; }
}
