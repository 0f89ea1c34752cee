package vn.ttdt.portal.site.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** A query parameter that cannot be understood: 400 with a message naming it. */
class BadParameter extends WebApplicationException {

    BadParameter(String name, String message) {
        super(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("status", 400, "parameter", name, "message", message)).build());
    }
}
