package vn.ttdt.portal.site.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import vn.ttdt.portal.site.statistics.application.VisitCounter;
import vn.ttdt.portal.site.statistics.application.VisitDesk;
import vn.ttdt.portal.site.statistics.domain.CounterFigures;

/**
 * The visitor statistics' two doors on the public site. {@code POST /visits}: the beacon a public page's script sends
 * once the page is shown (its address and {@code document.referrer}); always 204, never cached, whether the view was
 * counted or not. {@code GET /visits/counter}: the footer's counter, cacheable for {@value #COUNTER_SECONDS} seconds.
 */
@Path("/visits")
public class VisitsResource {

    static final int COUNTER_SECONDS = 5;

    static final int LONGEST_BEACON = 4096;

    @Inject
    private VisitDesk desk;

    @Inject
    private VisitCounter counter;

    @Context
    private HttpServletRequest request;

    /**
     * The beacon's body is JSON ({@code {"path": "/tin/…", "referrer": "https://…"}}), whatever content type it is sent
     * with ({@code navigator.sendBeacon} sends {@code text/plain}, which needs no preflight); anything else is ignored.
     */
    @POST
    public Response count(String body) {
        JsonObject beacon = beacon(body);
        if (beacon != null) {
            desk.count(text(beacon, "path"), text(beacon, "referrer"), request.getServerName(), request.getRemoteAddr(),
                    request.getHeader("User-Agent"));
        }
        return Response.noContent().header("Cache-Control", "no-store").build();
    }

    static JsonObject beacon(String body) {
        if (body == null || body.isBlank() || body.length() > LONGEST_BEACON) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException e) {
            return null;
        }
    }

    private static String text(JsonObject beacon, String name) {
        JsonValue value = beacon.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }

    @GET
    @Path("/counter")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response counter() {
        CounterFigures figures = counter.figures();
        return Response.ok(figures).header("Cache-Control", "public, max-age=" + COUNTER_SECONDS).build();
    }
}
