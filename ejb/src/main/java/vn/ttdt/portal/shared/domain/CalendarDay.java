package vn.ttdt.portal.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A day on which the government's calendar departs from "Monday to Friday are working days": a public
 * holiday or a day off swapped for another (not working), or a make-up Saturday (working). Announced
 * each year for the whole country, so it belongs to no site.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    private LocalDate day;

    private boolean working;

    @NotBlank(message = "{calendarDay.name.required}")
    @Size(max = 120, message = "{calendarDay.name.size}")
    @Column(length = 120)
    private String name;

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, boolean working, String name) {
        this.day = day;
        this.working = working;
        this.name = name == null ? null : name.strip();
    }

    public static CalendarDay holiday(LocalDate day, String name) {
        return new CalendarDay(day, false, name);
    }

    public static CalendarDay makeUpDay(LocalDate day, String name) {
        return new CalendarDay(day, true, name);
    }

    /** Why {@code working} cannot be said of {@code day} (a message key), or null: a day off falls on a weekday, a make-up day on a weekend. */
    public static String problem(LocalDate day, boolean working) {
        if (day == null || day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            return "calendarDay.yearRange";
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (working && !weekend) {
            return "calendarDay.workingOnWeekday";
        }
        if (!working && weekend) {
            return "calendarDay.holidayOnWeekend";
        }
        return null;
    }

    public void describe(boolean working, String name) {
        this.working = working;
        this.name = name == null ? null : name.strip();
    }

    public LocalDate getDay() { return day; }
    public boolean isWorking() { return working; }
    public String getName() { return name; }
}
