package vn.ttdt.portal.site.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.ttdt.portal.procedures.application.ProcedureView;
import vn.ttdt.portal.procedures.application.PublicProcedures;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/** The administrative procedures in force: the catalogue searched and filtered as on the page, and one procedure by its code. */
@Path("/procedures")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProceduresResource {

    /** The answer of {@code GET /procedures}, shaped like {@code GET /items}. */
    public record ProcedurePage(List<ProcedureView> items, long total) {
    }

    @Inject
    private PublicProcedures procedures;

    @GET
    public ProcedurePage procedures(@QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("q") String q,
                                    @QueryParam("field") String field, @QueryParam("level") String level,
                                    @QueryParam("body") String body) {
        int pageNumber = Parameters.integer("page", page, 0, 0, 100_000);
        int pageSize = Parameters.integer("size", size, 20, 1, 100);
        Page<ProcedureView> result = procedures.search(Parameters.text("q", q, 200), Parameters.text("field", field, 200),
                Parameters.text("level", level, 60), Parameters.text("body", body, 255),
                new PageRequest(pageNumber * pageSize, pageSize, null, true));
        return new ProcedurePage(result.items(), result.total());
    }

    @GET
    @Path("{code}")
    public ProcedureView procedure(@PathParam("code") String code) {
        return procedures.byCode(code).orElseThrow(() -> new NotFoundException("Không tìm thấy thủ tục " + code));
    }
}
