package vn.ttdt.portal.reporting.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A line of a section's table: its label (a unit, a month, a category…) and one figure per column after the label. */
public record ReportRow(String label, List<Figure> figures) implements Serializable {

    public ReportRow {
        figures = List.copyOf(figures);
    }

    public static ReportRow of(String label, long... numbers) {
        return new ReportRow(label, Arrays.stream(numbers).mapToObj(Figure::of).toList());
    }

    /** The number in the figure column {@code column} (0 = the first after the label); 0 for a text. */
    public long number(int column) {
        Figure figure = figures.get(column);
        return figure.numeric() ? figure.number() : 0;
    }
}
