package vn.ttdt.portal.site.procedures;

import java.util.List;
import java.util.Locale;
import vn.ttdt.portal.procedures.application.OneStopFigures;

/**
 * The one-stop statistics drawn as inline SVG on the server: no script, no external file, nothing the strict content
 * security policy would refuse. Each chart is an image with a title and a description; the table beside it holds the
 * same figures as text.
 */
public final class OneStopCharts {

    private static final int WIDTH = 720;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 8;
    private static final int LABEL_WIDTH = 250;
    private static final int TREND_HEIGHT = 260;
    private static final int AXIS = 40;

    private OneStopCharts() {
    }

    /** Horizontal bars: each unit's share of dossiers resolved early or on time, 0–100 %. */
    public static String onTimeByUnit(String id, String title, String description, List<OneStopFigures> units) {
        int height = Math.max(1, units.size()) * (BAR_HEIGHT + GAP) + GAP + 20;
        StringBuilder svg = open(id, title, description, WIDTH, height);
        int plot = WIDTH - LABEL_WIDTH - 60;
        for (int x = 0; x <= 100; x += 25) {
            double at = LABEL_WIDTH + plot * x / 100.0;
            svg.append("<line class=\"grid\" x1=\"").append(num(at)).append("\" y1=\"0\" x2=\"").append(num(at))
                    .append("\" y2=\"").append(height - 20).append("\"/>");
            svg.append("<text class=\"axis\" x=\"").append(num(at)).append("\" y=\"").append(height - 4)
                    .append("\" text-anchor=\"middle\">").append(x).append(" %</text>");
        }
        int y = GAP;
        for (OneStopFigures unit : units) {
            double rate = unit.onTimePercent() == null ? 0 : unit.onTimePercent();
            svg.append("<g><text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\">").append(escape(shorten(unit.label(), 38))).append("</text>");
            svg.append("<rect class=\"bar").append(rate < 90 ? " low" : "").append("\" x=\"").append(LABEL_WIDTH)
                    .append("\" y=\"").append(y).append("\" width=\"").append(num(plot * rate / 100.0))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\"/>");
            svg.append("<text class=\"value\" x=\"").append(num(LABEL_WIDTH + plot * rate / 100.0 + 6)).append("\" y=\"")
                    .append(y + 16).append("\">").append(unit.onTimePercent() == null ? "—" : percent(rate)).append("</text></g>");
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>").toString();
    }

    /** Vertical bars by month: the share resolved early or on time over all units, with each month's value written above. */
    public static String onTimeTrend(String id, String title, String description, List<OneStopFigures> months) {
        StringBuilder svg = open(id, title, description, WIDTH, TREND_HEIGHT);
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

    private static StringBuilder open(String id, String title, String description, int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" id=\"").append(id).append("\"><title id=\"").append(id).append("-title\">")
                .append(escape(title)).append("</title><desc id=\"").append(id).append("-desc\">").append(escape(description))
                .append("</desc>");
    }

    /** {@code 2023-03} as {@code 3/2023}. */
    static String monthLabel(String period) {
        return period.length() == 7 ? Integer.parseInt(period.substring(5)) + "/" + period.substring(0, 4) : period;
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f", rate).replace('.', ',') + " %";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
