package vn.ttdt.portal.reporting.domain;

import java.io.Serializable;

/**
 * A chart of a section's rows, for figures people would rather look at than read: one bar per row, as long as the
 * row's figure in {@code column}; {@code COLUMNS} stand upright in the rows' order (months, quarters), {@code BARS} lie
 * flat (units, categories).
 */
public record ReportChart(Shape shape, String title, int column) implements Serializable {

    public enum Shape { COLUMNS, BARS }
}
