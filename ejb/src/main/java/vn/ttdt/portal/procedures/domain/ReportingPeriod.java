package vn.ttdt.portal.procedures.domain;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** A month the one-stop results are reported for, written {@code yyyy-MM} (e.g. {@code 2023-03}), from 2000 up to the current month. */
public final class ReportingPeriod {

    private static final Pattern FORM = Pattern.compile("(20[0-9]{2})-(0[1-9]|1[0-2])");

    private ReportingPeriod() {
    }

    /** The month {@code text} names, if it is written {@code yyyy-MM} and not after {@code current}. */
    public static Optional<YearMonth> parse(String text, YearMonth current) {
        if (text == null || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.parse(text);
        return month.isAfter(current) ? Optional.empty() : Optional.of(month);
    }
}
