package vn.ttdt.portal.shared.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.CalendarDay;
import vn.ttdt.portal.shared.domain.CalendarDays;
import vn.ttdt.portal.shared.domain.NotFoundException;

/**
 * The working-day calendar as the government announces it each year: public holidays and swapped days off (on
 * weekdays) and make-up working days (on weekends), kept by the IT administrator or the board. Deadlines in working
 * days (questions, reminders, statistics) count with it from the next computation on. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.IT_ADMIN_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
public class HolidayCalendar {

    @Inject
    private CalendarDays days;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Resource
    private SessionContext caller;

    /** A day of the calendar as the screens and the API show it. */
    public record AnnouncedDay(LocalDate day, boolean working, String name, String weekday) implements Serializable {
    }

    public List<AnnouncedDay> year(int year) {
        return days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream().map(HolidayCalendar::view).toList();
    }

    /** Announces {@code day} as a day off ({@code working} false) or a make-up working day, or changes what it was. */
    public AnnouncedDay save(LocalDate day, boolean working, String name) {
        String problem = CalendarDay.problem(day, working);
        if (problem != null) {
            throw new BusinessRuleException(problem, "calendar day " + day + " working=" + working + " refused");
        }
        CalendarDay announced = days.on(day).orElse(null);
        if (announced == null) {
            announced = new CalendarDay(day, working, name);
            days.add(announced);
        } else {
            announced.describe(working, name);
        }
        audit.record(login(), AuditAction.CALENDAR_DAY_SAVED, "calendar-day", day,
                (working ? "làm bù: " : "nghỉ: ") + announced.getName(), origin.remoteAddress());
        return view(announced);
    }

    public void remove(LocalDate day) {
        CalendarDay announced = days.on(day).orElseThrow(() -> new NotFoundException("calendar day", day));
        days.remove(announced);
        audit.record(login(), AuditAction.CALENDAR_DAY_REMOVED, "calendar-day", day, announced.getName(), origin.remoteAddress());
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }

    private static AnnouncedDay view(CalendarDay day) {
        return new AnnouncedDay(day.getDay(), day.isWorking(), day.getName(), day.getDay().getDayOfWeek().getDisplayName(TextStyle.FULL, DomainTexts.VIETNAMESE));
    }
}
