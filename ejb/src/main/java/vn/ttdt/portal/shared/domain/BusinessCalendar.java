package vn.ttdt.portal.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Business dates are Vietnamese dates: a publication day, a quarter, a payroll month or a deadline is
 * computed in {@code Asia/Ho_Chi_Minh}, while instants are stored in UTC.
 */
public final class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private BusinessCalendar() {
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The first instant after the month, Vietnamese time: everything before it happened in the month or earlier. */
    public static Instant endOf(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
    }

    /** A day as Vietnamese documents write it: 05/09/2023. */
    public static String dayLabel(LocalDate day) {
        return DAY.format(day);
    }

    /** A month as Vietnamese documents write it: 09/2023. */
    public static String monthLabel(YearMonth month) {
        return MONTH.format(month);
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
