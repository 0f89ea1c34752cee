package vn.ttdt.portal.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/** The calendar year a report covers, in Vietnamese days: from 1 January 00:00 to 1 January of the next year 00:00. */
public record ReportYear(int value) {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    public ReportYear {
        if (value < FIRST || value > LAST) {
            throw new IllegalArgumentException("report year out of range: " + value);
        }
    }

    public Instant start() {
        return BusinessCalendar.startOf(LocalDate.of(value, 1, 1));
    }

    /** The first instant after the year. */
    public Instant end() {
        return BusinessCalendar.startOf(LocalDate.of(value + 1, 1, 1));
    }

    public LocalDate firstDay() {
        return LocalDate.of(value, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(value, 12, 31);
    }
}
