package vn.ttdt.portal.reporting.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One section of the yearly report: a key (stable, used for anchors, sheet order and tests), a title, a sentence
 * saying exactly what it counts, key figures, a table (the label column's heading, the figure columns' headings, the
 * rows and an optional total row) and an optional chart of the rows.
 */
public record ReportSection(String key, String title, String counts, List<Fact> facts, String labelHeading,
                            List<String> headings, List<ReportRow> rows, ReportRow total, ReportChart chart) implements Serializable {

    public ReportSection {
        facts = List.copyOf(facts);
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
        for (ReportRow row : rows) {
            if (row.figures().size() != headings.size()) {
                throw new IllegalArgumentException("section " + key + ": row '" + row.label() + "' has "
                        + row.figures().size() + " figures for " + headings.size() + " columns");
            }
        }
    }

    /** Whether the section has a chart worth drawing: one, and a row with a figure above zero in its column. */
    public boolean chartable() {
        return chart != null && rows.stream().anyMatch(row -> row.number(chart.column()) > 0);
    }

    /** The row labelled {@code label}, if any. */
    public Optional<ReportRow> row(String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst();
    }

    /** The fact labelled {@code label}, if any. */
    public Optional<Fact> fact(String label) {
        return facts.stream().filter(f -> f.label().equals(label)).findFirst();
    }
}
