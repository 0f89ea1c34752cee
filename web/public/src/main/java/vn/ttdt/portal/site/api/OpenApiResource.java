package vn.ttdt.portal.site.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/** {@code /api/v1/openapi.yaml}: the OpenAPI 3.0 document of this API, kept by hand next to this class. */
@Path("openapi.yaml")
public class OpenApiResource {

    static final String DOCUMENT = "openapi.yaml";

    @GET
    @Produces("application/yaml; charset=UTF-8")
    public Response document() {
        InputStream yaml = OpenApiResource.class.getResourceAsStream(DOCUMENT);
        if (yaml == null) {
            throw new NotFoundException("Không tìm thấy tài liệu API");
        }
        return Response.ok(yaml).header("Cache-Control", "public, max-age=3600").build();
    }
}
