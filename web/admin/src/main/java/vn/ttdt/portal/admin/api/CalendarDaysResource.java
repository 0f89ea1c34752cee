package vn.ttdt.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.ttdt.portal.shared.application.HolidayCalendar;
import vn.ttdt.portal.shared.domain.CalendarDay;

/** The working-day calendar: the public holidays, swapped days off and make-up working days of a year. */
@Path("/calendar-days")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"it-admin", "editor", "approver"})
public class CalendarDaysResource {

    /** What a day is: a day off ({@code working} false) or a make-up working day, and its name. */
    public record DayBody(Boolean working, String name) {
    }

    @Inject
    private HolidayCalendar calendar;

    @GET
    public List<HolidayCalendar.AnnouncedDay> year(@QueryParam("year") Integer year) {
        if (year == null || year < CalendarDay.FIRST_YEAR || year > CalendarDay.LAST_YEAR) {
            throw new BadRequestException("year: năm từ 2000 đến 2100");
        }
        return calendar.year(year);
    }

    @PUT
    @Path("/{day}")
    public HolidayCalendar.AnnouncedDay save(@PathParam("day") String day, DayBody body) {
        if (body == null || body.working() == null) {
            throw new BadRequestException("working: cho biết ngày nghỉ (false) hay ngày làm bù (true)");
        }
        return calendar.save(parsed(day), body.working(), body.name());
    }

    @DELETE
    @Path("/{day}")
    public Response remove(@PathParam("day") String day) {
        calendar.remove(parsed(day));
        return Response.noContent().build();
    }

    private static LocalDate parsed(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("day: ngày không hợp lệ (yyyy-mm-dd)");
        }
    }
}
