package vn.ttdt.portal.shared.infrastructure.chart;

import java.util.List;
import java.util.Locale;
import vn.ttdt.portal.shared.domain.HtmlEscape;

/**
 * Charts drawn as inline SVG on the server, for the public site and the back-office alike: no script, no external
 * file, no inline style (nothing a strict content security policy would refuse; colours come from the page's CSS
 * classes {@code bar}, {@code low}, {@code required}, {@code achieved}, {@code grid}, {@code axis}, {@code label},
 * {@code value}). Each chart is an image with a title and a description, every value is also written as text, and
 * the page shows the same figures in a table.
 */
public final class SvgChart {

    public static final int WIDTH = 720;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 8;
    private static final int LABEL_WIDTH = 250;
    private static final int AXIS = 40;
    private static final int LEGEND = 24;

    /** A labelled share (0–100 %); {@code percent} null when there is none (drawn as "—"); {@code low} in the warning colour. */
    public record Bar(String label, Double percent, boolean low) {
    }

    /** A bar's label, its length in the axis' unit, the figure written beside it, and whether it is drawn as low. */
    public record Figure(String label, double value, String valueText, boolean low) {
    }

    /** A value axis: from 0 to {@code max}, a grid line every {@code step}, each labelled with its value and {@code suffix}. */
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

    /** What was required of a unit and what it achieved; {@code low} (in the warning colour) when it fell short. */
    public record Pair(String label, long required, long achieved, boolean low) {
    }

    private SvgChart() {
    }

    /** Horizontal bars, one per label, on a 0–100 % scale; a share that is missing is written "—". */
    public static String percentBars(String id, String title, String description, List<Bar> bars) {
        return bars(id, title, description, bars.stream().map(bar -> new Figure(bar.label(),
                bar.percent() == null ? 0 : bar.percent(), bar.percent() == null ? "—" : percent(bar.percent()), bar.low())).toList(),
                new Axis(100, 25, " %"));
    }

    /** Horizontal bars, one per figure, with the axis' grid lines and labels under them. */
    public static String bars(String id, String title, String description, List<Figure> figures, Axis axis) {
        int height = Math.max(1, figures.size()) * (BAR_HEIGHT + GAP) + GAP + 20;
        StringBuilder svg = open(id, title, description, WIDTH, height);
        int plot = WIDTH - LABEL_WIDTH - 60;
        int ticks = (int) Math.round(axis.max() / axis.step());
        for (int tick = 0; tick <= ticks; tick++) {
            double value = tick * axis.step();
            double at = LABEL_WIDTH + plot * value / axis.max();
            verticalGrid(svg, at, 0, height - 20);
            text(svg, "axis", at, height - 4, "middle", tickLabel(value) + axis.suffix());
        }
        int y = GAP;
        for (Figure figure : figures) {
            double length = plot * Math.min(figure.value(), axis.max()) / axis.max();
            svg.append("<g>");
            text(svg, "label", LABEL_WIDTH - 8, y + 16, "end", shorten(figure.label(), 38));
            rect(svg, "bar" + (figure.low() ? " low" : ""), LABEL_WIDTH, y, length, BAR_HEIGHT);
            text(svg, "value", LABEL_WIDTH + length + 6, y + 16, null, figure.valueText());
            svg.append("</g>");
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>").toString();
    }

    /** Vertical bars, one per label in order (periods, say), on a 0–100 % scale with each value written above its bar. */
    public static String percentColumns(String id, String title, String description, List<Bar> columns, int width, int height) {
        StringBuilder svg = open(id, title, description, width, height);
        int plotHeight = height - AXIS - 30;
        for (int v = 0; v <= 100; v += 25) {
            double at = 20 + plotHeight * (1 - v / 100.0);
            svg.append("<line class=\"grid\" x1=\"").append(AXIS).append("\" y1=\"").append(num(at)).append("\" x2=\"")
                    .append(width - 10).append("\" y2=\"").append(num(at)).append("\"/>");
            text(svg, "axis", AXIS - 4, at + 4, "end", Integer.toString(v));
        }
        double slot = (width - AXIS - 10) / (double) Math.max(1, columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Bar column = columns.get(i);
            double rate = column.percent() == null ? 0 : column.percent();
            double x = AXIS + i * slot + slot * 0.15;
            double barHeight = plotHeight * rate / 100.0;
            double top = 20 + plotHeight - barHeight;
            svg.append("<g>");
            rect(svg, "bar" + (column.low() ? " low" : ""), x, top, slot * 0.7, barHeight);
            text(svg, "value", x + slot * 0.35, top - 4, "middle", column.percent() == null ? "—" : percent(rate));
            text(svg, "axis", x + slot * 0.35, height - 12, "middle", column.label());
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Two horizontal bars per label, what was required above what was achieved, on a scale from 0 to the largest
     * figure, each with its figure written after it; a legend names the two bars.
     */
    public static String pairedBars(String id, String title, String description, List<Pair> pairs, String requiredName,
            String achievedName) {
        int row = BAR_HEIGHT + GAP + 4;
        int height = LEGEND + Math.max(1, pairs.size()) * row + GAP;
        StringBuilder svg = open(id, title, description, WIDTH, height);
        rect(svg, "bar required", LABEL_WIDTH, 6, 14, 12);
        text(svg, "label", LABEL_WIDTH + 20, 16, null, requiredName);
        rect(svg, "bar achieved", LABEL_WIDTH + 200, 6, 14, 12);
        text(svg, "label", LABEL_WIDTH + 220, 16, null, achievedName);
        long max = Math.max(1, pairs.stream().mapToLong(p -> Math.max(p.required(), p.achieved())).max().orElse(1));
        int plot = WIDTH - LABEL_WIDTH - 60;
        int y = LEGEND;
        for (Pair pair : pairs) {
            double required = plot * (double) pair.required() / max;
            double achieved = plot * (double) pair.achieved() / max;
            svg.append("<g>");
            text(svg, "label", LABEL_WIDTH - 8, y + BAR_HEIGHT / 2 + 6, "end", shorten(pair.label(), 38));
            rect(svg, "bar required", LABEL_WIDTH, y, required, BAR_HEIGHT / 2);
            text(svg, "value", LABEL_WIDTH + required + 6, y + BAR_HEIGHT / 2 - 1, null, Long.toString(pair.required()));
            rect(svg, "bar achieved" + (pair.low() ? " low" : ""), LABEL_WIDTH, y + BAR_HEIGHT / 2 + 1, achieved, BAR_HEIGHT / 2);
            text(svg, "value", LABEL_WIDTH + achieved + 6, y + BAR_HEIGHT, null, Long.toString(pair.achieved()));
            svg.append("</g>");
            y += row;
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Two vertical bars per label in order (days, say), the first and the second figure side by side on one count axis
     * (whole steps, see {@link Axis#counting}), a legend naming them above; every label is written when
     * they fit, else every second, third… one; each pair's figures are its tooltip ({@code title}).
     */
    public static String pairedColumns(String id, String title, String description, List<Pair> pairs, String firstName,
            String secondName, int width, int height) {
        StringBuilder svg = open(id, title, description, width, height);
        rect(svg, "bar required", AXIS, 6, 14, 12);
        text(svg, "label", AXIS + 20, 16, null, firstName);
        rect(svg, "bar achieved", AXIS + 200, 6, 14, 12);
        text(svg, "label", AXIS + 220, 16, null, secondName);
        Axis axis = Axis.counting(pairs.stream().mapToLong(p -> Math.max(p.required(), p.achieved())).max().orElse(0));
        int top = LEGEND + 10;
        int plotHeight = height - top - 24;
        for (long v = 0; v <= axis.max(); v += (long) axis.step()) {
            double at = top + plotHeight * (1 - v / axis.max());
            svg.append("<line class=\"grid\" x1=\"").append(AXIS).append("\" y1=\"").append(num(at)).append("\" x2=\"")
                    .append(width - 10).append("\" y2=\"").append(num(at)).append("\"/>");
            text(svg, "axis", AXIS - 4, at + 4, "end", Long.toString(v));
        }
        double slot = (width - AXIS - 10) / (double) Math.max(1, pairs.size());
        int every = (int) Math.ceil(44 / slot);
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            double x = AXIS + i * slot + slot * 0.1;
            double first = plotHeight * pair.required() / axis.max();
            double second = plotHeight * pair.achieved() / axis.max();
            svg.append("<g><title>").append(HtmlEscape.text(pair.label() + ": " + firstName + " " + pair.required() + ", " + secondName + " "
                    + pair.achieved())).append("</title>");
            rect(svg, "bar required", x, top + plotHeight - first, slot * 0.4, first);
            rect(svg, "bar achieved" + (pair.low() ? " low" : ""), x + slot * 0.4, top + plotHeight - second, slot * 0.4, second);
            if (i % every == 0) {
                text(svg, "axis", x + slot * 0.4, height - 8, "middle", pair.label());
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** A share written the Vietnamese way: {@code 95,0 %}. */
    public static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f", rate).replace('.', ',') + " %";
    }

    private static StringBuilder open(String id, String title, String description, int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" id=\"").append(id).append("\"><title id=\"").append(id).append("-title\">")
                .append(HtmlEscape.text(title)).append("</title><desc id=\"").append(id).append("-desc\">").append(HtmlEscape.text(description))
                .append("</desc>");
    }

    private static void verticalGrid(StringBuilder svg, double x, double top, double bottom) {
        svg.append("<line class=\"grid\" x1=\"").append(num(x)).append("\" y1=\"").append(num(top)).append("\" x2=\"")
                .append(num(x)).append("\" y2=\"").append(num(bottom)).append("\"/>");
    }

    private static void rect(StringBuilder svg, String cssClass, double x, double y, double width, double height) {
        svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height)).append("\"/>");
    }

    private static void text(StringBuilder svg, String cssClass, double x, double y, String anchor, String text) {
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (anchor != null) {
            svg.append(" text-anchor=\"").append(anchor).append('"');
        }
        svg.append('>').append(HtmlEscape.text(text)).append("</text>");
    }

    private static String tickLabel(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : num(value).replace('.', ',');
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
