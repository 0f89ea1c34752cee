package vn.ttdt.portal.shared.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Working days as Vietnamese offices count them: Monday to Friday, minus the announced public
 * holidays and swapped days off, plus the announced make-up Saturdays. A deadline of N working days
 * from a day D ends at the close of the Nth working day after D.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, Boolean> announced = new HashMap<>();

    public WorkingCalendar(Collection<CalendarDay> days) {
        days.forEach(day -> announced.put(day.getDay(), day.isWorking()));
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean working = announced.get(day);
        if (working != null) {
            return working;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The last day of a period of {@code workingDays} working days that starts after {@code from}. */
    public LocalDate deadline(LocalDate from, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a deadline is at least one working day, not " + workingDays);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** How many working days lie after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return counted;
    }
}
