package vn.ttdt.portal.admin.api.royalty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.batch.royalty.PayrollMonth;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.royalty.application.GradeRequest;
import vn.ttdt.portal.royalty.application.GradingRow;
import vn.ttdt.portal.royalty.application.GradingService;
import vn.ttdt.portal.royalty.application.RoyaltySettingsService;
import vn.ttdt.portal.royalty.application.ScheduleView;
import vn.ttdt.portal.royalty.domain.RoyaltyParameter;

/**
 * The royalty schedule (effective-dated values, bands, board roles, who holds them, yearly funds) and the
 * grading table of a month, for finance and the board.
 */
@Path("/royalty")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"finance", "approver"})
public class RoyaltyResource {

    public record ValueChange(RoyaltyParameter parameter, LocalDate effectiveFrom, BigDecimal value) {
    }

    public record BandChange(Genre genre, LocalDate effectiveFrom, BigDecimal min, BigDecimal max) {
    }

    public record RoleChange(String code, String name, BigDecimal coefficient, LocalDate effectiveFrom) {
    }

    public record Assignment(long accountId, String roleCode, LocalDate validFrom, LocalDate validTo) {
    }

    public record FundChange(long amount) {
    }

    @Inject
    private RoyaltySettingsService settings;

    @Inject
    private GradingService grading;

    @GET
    @Path("/schedule")
    public ScheduleView schedule() {
        return settings.view();
    }

    @PUT
    @Path("/schedule/values")
    public ScheduleView setValue(ValueChange change) {
        settings.setValue(change.parameter(), change.effectiveFrom(), change.value());
        return settings.view();
    }

    @PUT
    @Path("/schedule/bands")
    public ScheduleView setBand(BandChange change) {
        settings.setBand(change.genre(), change.effectiveFrom(), change.min(), change.max());
        return settings.view();
    }

    @PUT
    @Path("/schedule/roles")
    public ScheduleView setRole(RoleChange change) {
        settings.setRole(change.code(), change.name(), change.coefficient(), change.effectiveFrom());
        return settings.view();
    }

    @POST
    @Path("/schedule/assignments")
    public ScheduleView assign(Assignment assignment) {
        settings.assign(assignment.accountId(), assignment.roleCode(), assignment.validFrom(), assignment.validTo());
        return settings.view();
    }

    @PUT
    @Path("/funds/{year}")
    public ScheduleView setFund(@PathParam("year") int year, FundChange change) {
        settings.setFund(year, change.amount());
        return settings.view();
    }

    /** The month's published works with their grading; {@code ungraded=true} for the works still to grade. */
    @GET
    @Path("/grading")
    public List<GradingRow> gradingTable(@QueryParam("month") String month, @QueryParam("ungraded") @DefaultValue("false") boolean ungraded) {
        return grading.works(PayrollMonth.parse(month), ungraded);
    }

    /** Grades several works at once ({"itemId": grade, …}); one refused grade refuses them all. */
    @PUT
    @Path("/grading")
    @RolesAllowed("approver")
    public List<GradingRow> gradeAll(Map<Long, GradeRequest> grades) {
        return grading.gradeAll(grades);
    }
}
