package vn.ttdt.portal.site.procedures;

import static vn.ttdt.portal.shared.infrastructure.chart.SvgBarChart.escape;
import static vn.ttdt.portal.shared.infrastructure.chart.SvgBarChart.num;

import java.util.List;
import java.util.Locale;
import vn.ttdt.portal.procedures.application.OneStopFigures;
import vn.ttdt.portal.shared.infrastructure.chart.SvgBarChart;

/**
 * The one-stop statistics drawn as inline SVG on the server ({@link SvgBarChart}): no script, no external file, nothing
 * the strict content security policy would refuse. Each chart is an image with a title and a description; the table
 * beside it holds the same figures as text.
 */
public final class OneStopCharts {

    private static final int WIDTH = SvgBarChart.WIDTH;
    private static final SvgBarChart.Axis PERCENT = new SvgBarChart.Axis(100, 25, " %");
    private static final int TREND_HEIGHT = 260;
    private static final int AXIS = 40;

    private OneStopCharts() {
    }

    /** Horizontal bars: each unit's share of dossiers resolved early or on time, 0–100 %. */
    public static String onTimeByUnit(String id, String title, String description, List<OneStopFigures> units) {
        List<SvgBarChart.Bar> bars = units.stream().map(unit -> {
            double rate = unit.onTimePercent() == null ? 0 : unit.onTimePercent();
            return new SvgBarChart.Bar(unit.label(), rate, unit.onTimePercent() == null ? "—" : percent(rate), rate < 90);
        }).toList();
        return SvgBarChart.horizontal(id, title, description, bars, PERCENT);
    }

    /** Vertical bars by month: the share resolved early or on time over all units, with each month's value written above. */
    public static String onTimeTrend(String id, String title, String description, List<OneStopFigures> months) {
        StringBuilder svg = SvgBarChart.open(id, title, description, WIDTH, TREND_HEIGHT);
        int plotHeight = TREND_HEIGHT - AXIS - 30;
        int plotWidth = WIDTH - AXIS - 10;
        for (int v = 0; v <= 100; v += 25) {
            double at = 20 + plotHeight * (1 - v / 100.0);
            svg.append("<line class=\"grid\" x1=\"").append(AXIS).append("\" y1=\"").append(num(at)).append("\" x2=\"")
                    .append(WIDTH - 10).append("\" y2=\"").append(num(at)).append("\"/>");
            svg.append("<text class=\"axis\" x=\"").append(AXIS - 4).append("\" y=\"").append(num(at + 4))
                    .append("\" text-anchor=\"end\">").append(v).append("</text>");
        }
        double slot = plotWidth / (double) Math.max(1, months.size());
        for (int i = 0; i < months.size(); i++) {
            OneStopFigures month = months.get(i);
            double rate = month.onTimePercent() == null ? 0 : month.onTimePercent();
            double x = AXIS + i * slot + slot * 0.15;
            double barHeight = plotHeight * rate / 100.0;
            double top = 20 + plotHeight - barHeight;
            svg.append("<g><rect class=\"bar").append(rate < 90 ? " low" : "").append("\" x=\"").append(num(x))
                    .append("\" y=\"").append(num(top)).append("\" width=\"").append(num(slot * 0.7)).append("\" height=\"")
                    .append(num(barHeight)).append("\"/>");
            svg.append("<text class=\"value\" x=\"").append(num(x + slot * 0.35)).append("\" y=\"").append(num(top - 4))
                    .append("\" text-anchor=\"middle\">").append(month.onTimePercent() == null ? "—" : percent(rate)).append("</text>");
            svg.append("<text class=\"axis\" x=\"").append(num(x + slot * 0.35)).append("\" y=\"").append(TREND_HEIGHT - 12)
                    .append("\" text-anchor=\"middle\">").append(escape(monthLabel(month.label()))).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** {@code 2023-03} as {@code 3/2023}. */
    static String monthLabel(String period) {
        return period.length() == 7 ? Integer.parseInt(period.substring(5)) + "/" + period.substring(0, 4) : period;
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f", rate).replace('.', ',') + " %";
    }
}
