package vn.ttdt.portal.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    @Column(length = 120)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, boolean working, String name) {
        this.day = day;
        this.working = working;
        this.name = name;
    }

    public static CalendarDay holiday(LocalDate day, String name) {
        return new CalendarDay(day, false, name);
    }

    public static CalendarDay makeUpDay(LocalDate day, String name) {
        return new CalendarDay(day, true, name);
    }

    public LocalDate getDay() { return day; }
    public boolean isWorking() { return working; }
    public String getName() { return name; }
}
