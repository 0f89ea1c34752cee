package vn.ttdt.portal.quota.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.quota.domain.TrafficLight;

/**
 * The dashboard of a quarter (theo dõi chỉ tiêu) of a site for the rows the caller reads: each unit's (or group's) row with its
 * traffic light and its figures over the last eight quarters, and each group's share of units meeting their quota.
 * {@code computedAt} is when the quarter's latest run wrote the rows (null when never computed or still running).
 */
public record QuotaDashboard(String siteName, int year, int quarter, String quarterLabel, Instant computedAt, boolean locked,
        List<Row> rows, List<GroupShare> groups, List<String> trendQuarters) implements Serializable {

    /** A row with its light and trend (one point per quarter of {@code trendQuarters}, oldest first). */
    public record Row(ComplianceRowView figures, TrafficLight light, List<TrendPoint> trend) implements Serializable {
    }

    /** A quarter of a row's trend; {@code computed} false when the quarter has no row for it. */
    public record TrendPoint(String quarter, boolean computed, long required, long achieved, boolean met) implements Serializable {

        /** Achieved as a share of required, at most 100; 100 when nothing was required. */
        public double percent() {
            return required == 0 ? 100 : Math.min(100, 100.0 * achieved / required);
        }
    }

    /** A group's units (or its one row, for a quota of the group together) and how many of them met their quota. */
    public record GroupShare(String group, int rows, int met) implements Serializable {

        public double percent() {
            return rows == 0 ? 0 : 100.0 * met / rows;
        }
    }
}
