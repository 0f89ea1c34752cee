package vn.ttdt.portal.batch.quota;

import java.util.Properties;
import vn.ttdt.portal.quota.domain.QuarterRange;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * The job parameters read as values: {@code year} (2023) and {@code quarter} (1 to 4), for a range {@code toYear} and
 * {@code toQuarter} (the last quarter), and {@code final} (true/false); the job passes the range to its steps as
 * {@code 2016-1..2025-4}.
 */
public final class QuotaJobParameters {

    public static final String JOB = "quota-compliance";

    private QuotaJobParameters() {
    }

    public static Quarter quarter(String year, String quarter) {
        try {
            return quarter(Integer.valueOf(year == null ? "" : year.strip()), Integer.valueOf(quarter == null ? "" : quarter.strip()));
        } catch (NumberFormatException e) {
            throw invalid(year, quarter);
        }
    }

    public static Quarter quarter(Integer year, Integer quarter) {
        if (year == null || quarter == null || year < 2000 || year > 2100 || quarter < 1 || quarter > 4) {
            throw invalid(year, quarter);
        }
        return new Quarter(year, quarter);
    }

    /** The range from the quarter {@code year}/{@code quarter} to {@code toYear}/{@code toQuarter}, or that quarter alone when those are absent. */
    public static QuarterRange range(String year, String quarter, String toYear, String toQuarter) {
        Quarter first = quarter(year, quarter);
        boolean single = (toYear == null || toYear.isBlank()) && (toQuarter == null || toQuarter.isBlank());
        return new QuarterRange(first, single ? first : quarter(toYear, toQuarter));
    }

    /** The range the job passes to its steps, {@code 2016-1..2025-4}; a run started before ranges, {@code 2023-1..-}, is its one quarter. */
    public static QuarterRange range(String quarters) {
        String[] ends = quarters.split("\\.\\.", -1);
        String[] first = ends[0].split("-", -1);
        String[] last = ends.length > 1 ? ends[1].split("-", -1) : new String[0];
        return range(first[0], first.length > 1 ? first[1] : null, last.length > 1 ? last[0] : null, last.length > 1 ? last[1] : null);
    }

    /** The range of an execution's parameters. */
    public static QuarterRange range(Properties parameters) {
        return range(parameters.getProperty("year"), parameters.getProperty("quarter"), parameters.getProperty("toYear"),
                parameters.getProperty("toQuarter"));
    }

    public static boolean isFinal(String value) {
        return Boolean.parseBoolean(value == null ? "" : value.strip());
    }

    private static BusinessRuleException invalid(Object year, Object quarter) {
        return new BusinessRuleException("quota.quarter.invalid", "year " + year + ", quarter " + quarter);
    }
}
