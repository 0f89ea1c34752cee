package vn.ttdt.portal.admin.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.infrastructure.chart.SvgChart;
import vn.ttdt.portal.site.statistics.application.VisitReport;
import vn.ttdt.portal.site.statistics.application.VisitReports;
import vn.ttdt.portal.site.statistics.domain.DayVisits;

/**
 * The visitor statistics of a period (the last 30 days by default) for the editorial board and the IT administrator:
 * views and visitors per day (per month beyond {@value #DAYS_IN_CHART} days), per category, the most viewed pages and
 * the referring sites as server-drawn charts, the days in a table, and the links to the spreadsheet and the JSON.
 */
@Named("visitStatistics")
@ViewScoped
public class VisitStatisticsView implements Serializable {

    static final int DEFAULT_DAYS = 30;
    static final int DAYS_IN_CHART = 62;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    @Inject
    private VisitReports reports;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    private LocalDate from;
    private LocalDate to;
    private VisitReport report;

    @PostConstruct
    void init() {
        to = BusinessCalendar.dayOf(clock.instant());
        from = to.minusDays(DEFAULT_DAYS - 1L);
        show();
    }

    public void show() {
        LocalDate first = from;
        LocalDate last = to;
        VisitReport shown = feedback.attempt(() -> reports.of(first, last), null);
        if (shown != null) {
            report = shown;
        }
    }

    /** Views beside visitors, one pair per day, or per month when the period is long. */
    public String getPerDayChart() {
        if (report == null) {
            return "";
        }
        List<SvgChart.Pair> pairs = report.days().size() <= DAYS_IN_CHART
                ? report.days().stream().map(d -> new SvgChart.Pair(DAY.format(d.day()), d.views(), d.visitors(), false)).toList()
                : byMonth(report.days()).entrySet().stream().map(e -> new SvgChart.Pair(MONTH.format(e.getKey()),
                        e.getValue()[0], e.getValue()[1], false)).toList();
        return SvgChart.pairedColumns("chart-per-day", text("visits.chart.days.title", period()), text("visits.chart.days.desc",
                report.views(), report.visitors()), pairs, text("visits.views"), text("visits.visitors"), SvgChart.WIDTH, 280);
    }

    public String getCategoryChart() {
        return report == null || report.categories().isEmpty() ? "" : bars("chart-categories", text("visits.chart.categories.title", period()),
                report.categories(), c -> c.category(), c -> c.views());
    }

    public String getTopPagesChart() {
        return report == null || report.topPages().isEmpty() ? "" : bars("chart-top-pages", text("visits.chart.pages.title", period()),
                report.topPages(), p -> p.title(), p -> p.views());
    }

    public String getReferrerChart() {
        return report == null || report.referrers().isEmpty() ? "" : bars("chart-referrers", text("visits.chart.referrers.title", period()),
                report.referrers(), r -> r.host(), r -> r.views());
    }

    private static <T> String bars(String id, String title, List<T> lines, Function<T, String> label, ToLongFunction<T> views) {
        long largest = lines.stream().mapToLong(views).max().orElse(0);
        List<SvgChart.Figure> bars = lines.stream().map(line -> new SvgChart.Figure(label.apply(line), views.applyAsLong(line),
                Long.toString(views.applyAsLong(line)), false)).toList();
        String described = String.join("; ", lines.stream().map(line -> label.apply(line) + ": " + views.applyAsLong(line)).toList());
        return SvgChart.bars(id, title, described, bars, SvgChart.Axis.counting(largest));
    }

    private static Map<YearMonth, long[]> byMonth(List<DayVisits> days) {
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (DayVisits day : days) {
            long[] sums = months.computeIfAbsent(YearMonth.from(day.day()), m -> new long[2]);
            sums[0] += day.views();
            sums[1] += day.visitors();
        }
        return months;
    }

    private String period() {
        return BusinessCalendar.dayLabel(report.from()) + " – " + BusinessCalendar.dayLabel(report.to());
    }

    private String text(String key, Object... arguments) {
        return DomainTexts.fill(feedback.ui(key), DomainTexts.VIETNAMESE, arguments);
    }

    public VisitReport getReport() { return report; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
