package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Instant;

/** Site information and outage notices created through the back-office API, for the tests of issue 16. */
final class SiteInformationFixture {

    private SiteInformationFixture() {
    }

    /** A JSON string literal. */
    static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** Saves a page's texts over whatever version it has now; the answer of the save. */
    static HttpResponse<String> savePage(Portal board, String kind, String body, String bodyEn) {
        String version = Json.field(board.get("/admin/api/v1/site/pages/" + kind).body(), "version");
        return board.json("PUT", "/admin/api/v1/site/pages/" + kind,
                "{\"body\":" + quoted(body) + ",\"bodyEn\":" + quoted(bodyEn) + ",\"version\":" + version + "}");
    }

    static HttpResponse<String> scheduleNotice(Portal itAdmin, Instant start, Instant end, String reason) {
        return itAdmin.json("POST", "/admin/api/v1/outage-notices",
                "{\"startsAt\":" + quoted(start.toString()) + ",\"endsAt\":" + quoted(end.toString()) + ",\"reason\":" + quoted(reason) + "}");
    }

    static void cancelNotice(Portal itAdmin, String id) {
        assertEquals(200, itAdmin.json("POST", "/admin/api/v1/outage-notices/" + id + "/cancel", null).statusCode());
    }
}
