package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Instant;

/** Site information and outage notices created through the back-office API, for the tests of issue 16. */
final class SiteInformationFixture {

    private SiteInformationFixture() {
    }

    /** Saves a page's texts over whatever version it has now; the answer of the save. */
    static HttpResponse<String> savePage(Portal board, String kind, String body, String bodyEn) {
        String version = Json.field(board.get("/admin/api/v1/site/pages/" + kind).body(), "version");
        return board.json("PUT", "/admin/api/v1/site/pages/" + kind,
                "{\"body\":" + Json.quoted(body) + ",\"bodyEn\":" + Json.quoted(bodyEn) + ",\"version\":" + version + "}");
    }

    static HttpResponse<String> scheduleNotice(Portal itAdmin, Instant start, Instant end, String reason) {
        return itAdmin.json("POST", "/admin/api/v1/outage-notices",
                "{\"startsAt\":" + Json.quoted(start.toString()) + ",\"endsAt\":" + Json.quoted(end.toString()) + ",\"reason\":" + Json.quoted(reason) + "}");
    }

    static void cancelNotice(Portal itAdmin, String id) {
        assertEquals(200, itAdmin.json("POST", "/admin/api/v1/outage-notices/" + id + "/cancel", null).statusCode());
    }
}
