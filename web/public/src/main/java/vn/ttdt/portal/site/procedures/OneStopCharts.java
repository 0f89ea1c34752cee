package vn.ttdt.portal.site.procedures;

import java.util.List;
import vn.ttdt.portal.procedures.application.OneStopFigures;
import vn.ttdt.portal.shared.infrastructure.chart.SvgChart;

/**
 * The one-stop statistics drawn with {@link SvgChart} (inline SVG, nothing the strict content security policy would
 * refuse). Each chart is an image with a title and a description; the table beside it holds the same figures as text.
 * A share below 90 % is drawn in the warning colour.
 */
public final class OneStopCharts {

    private static final int TREND_WIDTH = 720;
    private static final int TREND_HEIGHT = 260;
    private static final double LOW_BELOW = 90;

    private OneStopCharts() {
    }

    /** Horizontal bars: each unit's share of dossiers resolved early or on time, 0–100 %. */
    public static String onTimeByUnit(String id, String title, String description, List<OneStopFigures> units) {
        return SvgChart.percentBars(id, title, description, units.stream().map(unit -> bar(unit.label(), unit)).toList());
    }

    /** Vertical bars by month: the share resolved early or on time over all units, with each month's value written above. */
    public static String onTimeTrend(String id, String title, String description, List<OneStopFigures> months) {
        return SvgChart.percentColumns(id, title, description,
                months.stream().map(month -> bar(monthLabel(month.label()), month)).toList(), TREND_WIDTH, TREND_HEIGHT);
    }

    private static SvgChart.Bar bar(String label, OneStopFigures figures) {
        Double rate = figures.onTimePercent();
        return new SvgChart.Bar(label, rate, rate == null || rate < LOW_BELOW);
    }

    /** {@code 2023-03} as {@code 3/2023}. */
    static String monthLabel(String period) {
        return period.length() == 7 ? Integer.parseInt(period.substring(5)) + "/" + period.substring(0, 4) : period;
    }

    static String percent(double rate) {
        return SvgChart.percent(rate);
    }
}
