package vn.ttdt.portal.site.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ttdt.portal.shared.application.DatabaseAvailability;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.infrastructure.web.DatabaseOutageFilter;

/**
 * Every failure of the public API as a JSON error without internals (no exception, class name or SQL): the answer a
 * resource chose (400, 404…) as it is, 503 with {@code Retry-After} when the database cannot be reached, else 500.
 */
@Provider
public class PublicApiExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(PublicApiExceptionMapper.class.getName());

    @Inject
    private DatabaseAvailability database;

    @Override
    public Response toResponse(Exception exception) {
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return web.getResponse().hasEntity() ? web.getResponse()
                    : json(web.getResponse().getStatus(), web.getResponse().getStatusInfo().getReasonPhrase()).build();
        }
        if (database.failedOn(exception)) {
            return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .header("Retry-After", DatabaseAvailability.RETRY_AFTER_SECONDS).entity(DatabaseOutageFilter.json()).build();
        }
        LOG.log(Level.SEVERE, "public API call failed", exception);
        return json(500, DomainTexts.text("systemError")).build();
    }

    private static Response.ResponseBuilder json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("status", status, "message", message));
    }
}
