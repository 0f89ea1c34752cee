package vn.ttdt.portal.quota.domain;

import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * The quarters one run of the quota job computes, from {@code first} to {@code last}: one quarter, a year, or up to
 * ten years at once (each quarter's table is still its own, with its own lock).
 */
public record QuarterRange(Quarter first, Quarter last) {

    public static final int MAX_QUARTERS = 40;

    public QuarterRange {
        if (first.isAfter(last) || index(last) - index(first) >= MAX_QUARTERS) {
            throw new BusinessRuleException("quota.range.invalid", first + " to " + last, QuarterTable.label(first),
                    QuarterTable.label(last), MAX_QUARTERS);
        }
    }

    public static QuarterRange of(Quarter quarter) {
        return new QuarterRange(quarter, quarter);
    }

    /** The quarters in order, first to last. */
    public List<Quarter> quarters() {
        List<Quarter> quarters = new ArrayList<>();
        for (int i = index(first); i <= index(last); i++) {
            quarters.add(new Quarter(i / 4, i % 4 + 1));
        }
        return quarters;
    }

    public boolean contains(Quarter quarter) {
        return !first.isAfter(quarter) && !quarter.isAfter(last);
    }

    public boolean overlaps(QuarterRange other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    public boolean single() {
        return first.equals(last);
    }

    /** The range as a job parameter: {@code 2016-1..2025-4}. */
    public String parameter() {
        return first.year() + "-" + first.number() + ".." + last.year() + "-" + last.number();
    }

    @Override
    public String toString() {
        return single() ? first.toString() : first + ".." + last;
    }

    private static int index(Quarter quarter) {
        return quarter.year() * 4 + quarter.number() - 1;
    }
}
