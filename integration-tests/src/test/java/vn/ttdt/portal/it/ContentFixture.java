package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Content items for tests, made through the back-office API as their users would: drafts of the demo unit and
 * category, workflow steps, whole publications. Tests put a fresh {@link #token()} into every title, so that no test
 * depends on another's items.
 */
public final class ContentFixture {

    private static final AtomicLong LAST_TOKEN = new AtomicLong();

    private ContentFixture() {
    }

    public static HttpResponse<String> step(Portal who, String id, String action, String comment) {
        return who.json("POST", "/admin/api/v1/items/" + id + "/steps", "{\"action\":\"" + action + "\""
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
    }

    public static String state(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.field(response.body(), "state");
    }

    public static String created(Portal who, String title, String body) {
        HttpResponse<String> response = who.json("POST", "/admin/api/v1/items", draftJson(title, body));
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }

    public static String draftJson(String title, String body) {
        return draftJson(title, body, Database.strings("SELECT id FROM category WHERE slug = 'cai-cach-hanh-chinh'").get(0));
    }

    public static String draftJson(String title, String body, String category) {
        String unit = Database.strings("SELECT id FROM unit WHERE short_name = 'Xã Long Giao'").get(0);
        return """
                {"kind":"NEWS","genre":"NEWS_OR_REPLY","title":"%s","lead":"Sapo của %s",
                 "body":"%s","categoryId":%s,"sourceUnitId":%s,
                 "authors":[{"name":"An Nhiên","sharePercent":100}]}"""
                .formatted(title, title, body.replace("\"", "\\\""), category, unit);
    }

    /** Publishes a new item through the whole workflow and returns its slug. */
    public static String publish(String title, String body) {
        return publishDraft(draftJson(title, body));
    }

    /** Publishes a new item from its draft's JSON through the whole workflow and returns its slug. */
    public static String publishDraft(String json) {
        Portal contributor = Portal.as(Role.CONTRIBUTOR);
        HttpResponse<String> created = contributor.json("POST", "/admin/api/v1/items", json);
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.field(created.body(), "id");
        step(contributor, id, "SUBMIT", null);
        step(Portal.as(Role.EDITOR), id, "TAKE_FOR_EDITING", null);
        step(Portal.as(Role.EDITOR), id, "SEND_FOR_APPROVAL", null);
        assertEquals("PUBLISHED", state(step(Portal.as(Role.APPROVER), id, "PUBLISH", null)));
        return Database.strings("SELECT slug FROM content_item WHERE id = ?", Long.parseLong(id)).get(0);
    }

    /** A word no other call gives, even from a class running at the same time on another thread. */
    public static String token() {
        return Long.toString(LAST_TOKEN.updateAndGet(last -> Math.max(last + 1, System.nanoTime())), 36);
    }
}
