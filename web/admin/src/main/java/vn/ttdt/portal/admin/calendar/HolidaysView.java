package vn.ttdt.portal.admin.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.PrimeFaces;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.shared.application.HolidayCalendar;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * The holidays screen: the days off and make-up working days the government announced for a year, added, renamed or
 * removed in a dialog; the rules (a day off on a weekday, a make-up day on a weekend) are {@link HolidayCalendar}'s.
 */
@Named("holidays")
@ViewScoped
public class HolidaysView implements Serializable {

    @Inject
    private HolidayCalendar calendar;

    @Inject
    private Feedback feedback;

    private int year;
    private List<HolidayCalendar.AnnouncedDay> days;
    private LocalDate day;
    private boolean working;
    private String name;
    private boolean editing;

    @PostConstruct
    void init() {
        year = BusinessCalendar.dayOf(java.time.Instant.now()).getYear();
        load();
    }

    public void load() {
        days = calendar.year(year);
    }

    public void startNew() {
        day = null;
        working = false;
        name = null;
        editing = false;
    }

    public void edit(HolidayCalendar.AnnouncedDay chosen) {
        day = chosen.day();
        working = chosen.working();
        name = chosen.name();
        editing = true;
    }

    public void save() {
        if (day == null) {
            feedback.reject("calendarDay.dayRequired");
            return;
        }
        LocalDate given = day;
        boolean isWorking = working;
        String givenName = name;
        if (feedback.attempt(() -> calendar.save(given, isWorking, givenName), "holidays.saved") != null) {
            year = given.getYear();
            load();
            PrimeFaces.current().executeScript("PF('dayDialog').hide()");
        }
    }

    public void remove(HolidayCalendar.AnnouncedDay chosen) {
        if (feedback.attempt(() -> {
            calendar.remove(chosen.day());
            return chosen;
        }, "holidays.removed") != null) {
            load();
        }
    }

    public List<Integer> getYears() {
        int now = BusinessCalendar.dayOf(java.time.Instant.now()).getYear();
        return IntStream.rangeClosed(Math.min(2023, now - 1), now + 1).boxed().toList();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<HolidayCalendar.AnnouncedDay> getDays() { return days; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public boolean isWorking() { return working; }
    public void setWorking(boolean working) { this.working = working; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isEditing() { return editing; }
}
