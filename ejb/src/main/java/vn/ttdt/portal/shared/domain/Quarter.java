package vn.ttdt.portal.shared.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A calendar quarter of Vietnamese time (quý), e.g. quý II/2023: from 1 April 00:00 to the end of 30 June. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter number must be 1 to 4: " + number);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter of(Instant instant) {
        return of(BusinessCalendar.dayOf(instant));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The quarter's first instant, Vietnamese time. */
    public Instant start() {
        return BusinessCalendar.startOf(firstDay());
    }

    /** The first instant after the quarter, Vietnamese time: everything before it happened by the quarter's last day. */
    public Instant end() {
        return BusinessCalendar.startOf(firstDay().plusMonths(3));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }
}
