package vn.ttdt.portal.site.notices.domain;

import java.time.LocalDate;
import vn.ttdt.portal.shared.domain.WorkingCalendar;

/**
 * When an outage banner starts showing: on the {@value OutageNotice#WORKING_DAYS_AHEAD}th working day before the
 * outage's first day (Vietnamese dates), counting back over weekends, holidays and swapped days off, so citizens
 * have that many working days to do what needs the portal.
 */
public final class NoticeWindow {

    private NoticeWindow() {
    }

    /** The first day the banner shows for an outage that starts on {@code startDay}. */
    public static LocalDate firstDay(LocalDate startDay, WorkingCalendar calendar) {
        LocalDate day = startDay;
        int counted = 0;
        while (counted < OutageNotice.WORKING_DAYS_AHEAD) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
