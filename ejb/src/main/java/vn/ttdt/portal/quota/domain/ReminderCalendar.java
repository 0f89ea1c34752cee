package vn.ttdt.portal.quota.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * When lagging units are reminded of their quota: after a provisional run of the current quarter, only in its last
 * month (Vietnam time), at most once a week (Monday to Sunday) per recipient and unit.
 */
public final class ReminderCalendar {

    private ReminderCalendar() {
    }

    /** Whether a run of {@code quarter} on {@code today} reminds: the quarter is today's and today is in its last month. */
    public static boolean remindsOn(Quarter quarter, LocalDate today) {
        return Quarter.of(today).equals(quarter) && today.getMonth() == quarter.lastDay().getMonth();
    }

    /** The week a reminder on {@code day} belongs to, by its Monday. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The days left in the quarter, today and its last day included: 1 on its last day. */
    public static int daysLeft(Quarter quarter, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(today, quarter.lastDay()) + 1;
    }
}
