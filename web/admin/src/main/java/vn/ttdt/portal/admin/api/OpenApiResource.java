package vn.ttdt.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * {@code /admin/api/v1/openapi.yaml}: the OpenAPI 3.0 document of the back-office API, kept by hand next to this
 * class, for signed-in staff of any role (anonymous calls get 401 like the rest of the API).
 */
@Path("/openapi.yaml")
@RolesAllowed({"contributor", "unit-reporter", "editor", "approver", "quota-supervisor", "finance", "it-admin"})
public class OpenApiResource {

    static final String DOCUMENT = "openapi.yaml";

    @GET
    @Produces("application/yaml; charset=UTF-8")
    public Response document() {
        InputStream yaml = OpenApiResource.class.getResourceAsStream(DOCUMENT);
        if (yaml == null) {
            throw new NotFoundException("Không tìm thấy tài liệu API");
        }
        return Response.ok(yaml).header("Cache-Control", "private, no-cache").build();
    }
}
