package vn.ttdt.portal.admin.quota;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.quota.application.ComplianceRowView;
import vn.ttdt.portal.quota.application.CountedItemView;
import vn.ttdt.portal.quota.application.QuotaDashboard;
import vn.ttdt.portal.quota.application.QuotaResults;
import vn.ttdt.portal.quota.domain.TrafficLight;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.Quarter;
import vn.ttdt.portal.shared.infrastructure.chart.SvgChart;

/**
 * The quota dashboard (theo dõi chỉ tiêu) of a quarter: the rows the caller reads with their traffic lights, the
 * charts (required vs achieved per unit, each row's last eight quarters, each group's share of units meeting their
 * quota), the items a row counted, and the links to the spreadsheet and PDF exports.
 */
@Named("quotaDashboard")
@ViewScoped
public class QuotaDashboardView implements Serializable {

    private static final double LOW_SHARE_BELOW = 50;

    @Inject
    private QuotaResults results;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    private int year;
    private int quarter;
    private QuotaDashboard dashboard;
    private ComplianceRowView selected;
    private List<CountedItemView> items = List.of();

    @PostConstruct
    void init() {
        Quarter current = Quarter.of(clock.instant());
        year = current.year();
        quarter = current.number();
        load();
    }

    /** The dashboard of the quarter chosen; the drill-down closed. */
    public void load() {
        dashboard = results.dashboard(new Quarter(year, quarter));
        selected = null;
        items = List.of();
    }

    /** Opens the list of the items a row counted. */
    public void select(QuotaDashboard.Row row) {
        List<CountedItemView> counted = feedback.attempt(() -> results.countedItems(new Quarter(year, quarter), row.figures().id()), null);
        selected = counted == null ? null : row.figures();
        items = counted == null ? List.of() : counted;
    }

    public String getRequiredVsAchievedChart() {
        List<SvgChart.Pair> pairs = dashboard.rows().stream().map(row -> new SvgChart.Pair(name(row.figures()),
                row.figures().required(), row.figures().achieved(), !row.figures().met())).toList();
        return pairs.isEmpty() ? "" : SvgChart.pairedBars("chart-required-achieved", text("quotaDashboard.chart.pairs.title",
                dashboard.quarterLabel()), text("quotaDashboard.chart.pairs.desc"), pairs, text("quotaDashboard.chart.required"),
                text("quotaDashboard.chart.achieved"));
    }

    public String getGroupShareChart() {
        List<SvgChart.Bar> bars = dashboard.groups().stream().map(group -> new SvgChart.Bar(group.group(), group.percent(),
                group.percent() < LOW_SHARE_BELOW)).toList();
        String described = dashboard.groups().stream().map(group -> text("quotaDashboard.chart.groups.point", group.group(),
                group.met(), group.rows())).collect(Collectors.joining("; "));
        return bars.isEmpty() ? "" : SvgChart.percentBars("chart-group-share", text("quotaDashboard.chart.groups.title",
                dashboard.quarterLabel()), text("quotaDashboard.chart.groups.desc", described), bars);
    }

    /** A row's last eight quarters: achieved as a share of required (at most 100 %), unmet quarters in the warning colour. */
    public String trendChart(QuotaDashboard.Row row) {
        List<SvgChart.Bar> columns = row.trend().stream().map(point -> new SvgChart.Bar(point.quarter().substring(point.quarter().lastIndexOf(' ') + 1),
                point.computed() ? point.percent() : null, !point.computed() || !point.met())).toList();
        String described = row.trend().stream().map(point -> point.computed()
                ? text("quotaDashboard.chart.trend.point", point.quarter(), point.achieved(), point.required(),
                        DomainTexts.text(point.met() ? "quota.light.MET" : "quota.light.MISSED"))
                : text("quotaDashboard.chart.trend.none", point.quarter())).collect(Collectors.joining("; "));
        return SvgChart.percentColumns("trend-" + row.figures().id(), text("quotaDashboard.chart.trend.title", name(row.figures())),
                described, columns, 560, 150);
    }

    public String lightLabel(TrafficLight light) {
        return DomainTexts.text("quota.light." + light.name());
    }

    public String kindLabel(String kind) {
        return DomainTexts.text("quota.kind." + kind);
    }

    public String name(ComplianceRowView row) {
        return row.unit() == null ? text("quotaDashboard.wholeGroup", row.group()) : row.unit();
    }

    public List<Integer> getYears() {
        return QuarterChoices.years(clock);
    }

    public long getMetCount() {
        return dashboard.rows().stream().filter(row -> row.figures().met()).count();
    }

    private String text(String key, Object... arguments) {
        return DomainTexts.fill(feedback.ui(key), DomainTexts.VIETNAMESE, arguments);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public int getQuarter() { return quarter; }
    public void setQuarter(int quarter) { this.quarter = Math.max(1, Math.min(4, quarter)); }
    public QuotaDashboard getDashboard() { return dashboard; }
    public ComplianceRowView getSelected() { return selected; }
    public List<CountedItemView> getItems() { return items; }
}
