package vn.ttdt.portal.batch.quota;

import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

/** The job parameters {@code year} (2023), {@code quarter} (1 to 4) and {@code final} (true/false) read as values. */
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

    public static boolean isFinal(String value) {
        return Boolean.parseBoolean(value == null ? "" : value.strip());
    }

    private static BusinessRuleException invalid(Object year, Object quarter) {
        return new BusinessRuleException("quota.quarter.invalid", "year " + year + ", quarter " + quarter);
    }
}
