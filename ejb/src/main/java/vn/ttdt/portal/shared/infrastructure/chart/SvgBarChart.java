package vn.ttdt.portal.shared.infrastructure.chart;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts drawn as inline SVG on the server, for the public site and the back-office alike: no script, no external
 * file, no inline style, nothing a strict content security policy would refuse. Each chart is an image
 * ({@code role="img"}) labelled by its title and description; the page shows the same figures as a table beside it.
 */
public final class SvgBarChart {

    public static final int WIDTH = 720;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 8;
    private static final int LABEL_WIDTH = 250;
    private static final int LABEL_CHARACTERS = 38;

    private SvgBarChart() {
    }

    /** One bar: its label, its length in the axis' unit, the figure written beside it, and whether it is drawn as low. */
    public record Bar(String label, double value, String valueText, boolean low) {
    }

    /** The value axis: from 0 to {@code max}, a grid line every {@code step}, each labelled with its value and {@code suffix}. */
    public record Axis(double max, double step, String suffix) {

        public Axis {
            if (max <= 0 || step <= 0) {
                throw new IllegalArgumentException("axis needs a positive maximum and step");
            }
        }

        /** An axis for counts up to {@code largest}: whole steps of 1, 2, 5, 10, 20, 50… with at most five of them. */
        public static Axis counting(long largest) {
            long step = 1;
            long[] factors = {2, 5, 10};
            int next = 0;
            long decade = 1;
            while (largest > step * 5) {
                step = factors[next] * decade;
                next++;
                if (next == factors.length) {
                    next = 0;
                    decade *= 10;
                }
            }
            long max = Math.max(step, (largest + step - 1) / step * step);
            return new Axis(max, step, "");
        }
    }

    /** Horizontal bars, one per {@code bars}, with the axis' grid lines and labels under them. */
    public static String horizontal(String id, String title, String description, List<Bar> bars, Axis axis) {
        int height = Math.max(1, bars.size()) * (BAR_HEIGHT + GAP) + GAP + 20;
        StringBuilder svg = open(id, title, description, WIDTH, height);
        int plot = WIDTH - LABEL_WIDTH - 60;
        int ticks = (int) Math.round(axis.max() / axis.step());
        for (int tick = 0; tick <= ticks; tick++) {
            double value = tick * axis.step();
            double at = LABEL_WIDTH + plot * value / axis.max();
            svg.append("<line class=\"grid\" x1=\"").append(num(at)).append("\" y1=\"0\" x2=\"").append(num(at))
                    .append("\" y2=\"").append(height - 20).append("\"/>");
            svg.append("<text class=\"axis\" x=\"").append(num(at)).append("\" y=\"").append(height - 4)
                    .append("\" text-anchor=\"middle\">").append(tickLabel(value)).append(axis.suffix()).append("</text>");
        }
        int y = GAP;
        for (Bar bar : bars) {
            double length = plot * Math.min(bar.value(), axis.max()) / axis.max();
            svg.append("<g><text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\">").append(escape(shorten(bar.label(), LABEL_CHARACTERS))).append("</text>");
            svg.append("<rect class=\"bar").append(bar.low() ? " low" : "").append("\" x=\"").append(LABEL_WIDTH)
                    .append("\" y=\"").append(y).append("\" width=\"").append(num(length))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\"/>");
            svg.append("<text class=\"value\" x=\"").append(num(LABEL_WIDTH + length + 6)).append("\" y=\"")
                    .append(y + 16).append("\">").append(escape(bar.valueText())).append("</text></g>");
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>").toString();
    }

    /** The opening of a chart: the {@code svg} element as an image labelled by its {@code title} and {@code desc}. */
    public static StringBuilder open(String id, String title, String description, int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" id=\"").append(id).append("\"><title id=\"").append(id).append("-title\">")
                .append(escape(title)).append("</title><desc id=\"").append(id).append("-desc\">").append(escape(description))
                .append("</desc>");
    }

    public static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String tickLabel(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : num(value).replace('.', ',');
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
