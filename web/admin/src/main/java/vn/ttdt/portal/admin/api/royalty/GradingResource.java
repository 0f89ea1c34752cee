package vn.ttdt.portal.admin.api.royalty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ttdt.portal.royalty.application.GradeRequest;
import vn.ttdt.portal.royalty.application.GradingRow;
import vn.ttdt.portal.royalty.application.GradingService;

/**
 * The approver's grading of a published work: {@code PUT /items/{id}/grading} with
 * {@code {"coefficient":5,"adjustment":"NONE","adjustmentPercent":null,"payable":true,"shares":[34,33,33]}}.
 */
@Path("/items/{id}/grading")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("approver")
public class GradingResource {

    @Inject
    private GradingService grading;

    @PUT
    public GradingRow grade(@PathParam("id") long itemId, GradeRequest request) {
        return grading.grade(itemId, request);
    }
}
