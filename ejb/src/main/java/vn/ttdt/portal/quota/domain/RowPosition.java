package vn.ttdt.portal.quota.domain;

import vn.ttdt.portal.shared.domain.Quarter;

/**
 * Where a row stands in a run's order: quarter, then group and unit. The job writes the rows of its quarters in this
 * order and checkpoints the position of the last row written ({@code 2023-1:12:345}).
 */
public record RowPosition(Quarter quarter, SubjectKey subject) implements Comparable<RowPosition> {

    public String checkpoint() {
        return quarter.year() + "-" + quarter.number() + ":" + subject.checkpoint();
    }

    public static RowPosition fromCheckpoint(String checkpoint) {
        int colon = checkpoint.indexOf(':');
        String[] quarter = checkpoint.substring(0, colon).split("-");
        return new RowPosition(new Quarter(Integer.parseInt(quarter[0]), Integer.parseInt(quarter[1])),
                SubjectKey.fromCheckpoint(checkpoint.substring(colon + 1)));
    }

    @Override
    public int compareTo(RowPosition other) {
        int byQuarter = quarter.compareTo(other.quarter);
        return byQuarter != 0 ? byQuarter : subject.compareTo(other.subject);
    }
}
