package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/** Autosave of the item editor: one kept text per item and person, no revision, dropped on save, not offered when stale. */
class AutosaveIT extends PortalIT {

    private final Portal contributor = Portal.as(Role.CONTRIBUTOR);

    @Test
    void manyAutosavesKeepOneTextMakeNoRevisionAndAreDroppedBySaving() {
        String token = ContentFixture.token();
        String id = Json.field(ContentFixture.created(contributor, "Tự lưu " + token, "<p>Bản đầu</p>"), "id");
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> kept = autosave(contributor, id, "Tự lưu lần " + i + " " + token,
                    "<p>Đang gõ " + i + "</p><script>alert(1)</script>");
            assertEquals(200, kept.statusCode(), kept.body());
        }
        assertEquals("1", count("SELECT COUNT(*) FROM content_autosave WHERE item_id = ?", id));
        assertEquals("1", count("SELECT COUNT(*) FROM content_revision WHERE item_id = ?", id));

        String pending = contributor.get("/admin/api/v1/items/" + id + "/autosave").body();
        assertEquals("Tự lưu lần 3 " + token, Json.field(pending, "title"));
        assertFalse(pending.contains("script"), pending);

        assertEquals(200, contributor.json("PUT", "/admin/api/v1/items/" + id,
                ContentFixture.draftJson("Tự lưu lần 3 " + token, "<p>Đang gõ 3</p>")).statusCode());
        assertEquals(204, contributor.get("/admin/api/v1/items/" + id + "/autosave").statusCode());
        assertEquals("0", count("SELECT COUNT(*) FROM content_autosave WHERE item_id = ?", id));
    }

    @Test
    void theSameTextIsNotWrittenAgain() {
        String id = Json.field(ContentFixture.created(contributor, "Không đổi " + ContentFixture.token(), "<p>x</p>"), "id");
        String first = Json.field(autosave(contributor, id, "Giống nhau", "<p>y</p>").body(), "savedAt");
        String second = Json.field(autosave(contributor, id, "Giống nhau", "<p>y</p>").body(), "savedAt");
        assertEquals(first, second);
    }

    @Test
    void onlySomeoneWhoMayEditTheItemCanAutosaveIt() {
        String id = Json.field(ContentFixture.created(contributor, "Của người khác " + ContentFixture.token(), "<p>x</p>"), "id");
        assertEquals(403, autosave(Portal.as(Role.EDITOR), id, "Chen ngang", "<p>z</p>").statusCode());
    }

    @Test
    void anAutosaveOlderThanTheItemsLastChangeIsNotOffered() {
        String id = Json.field(ContentFixture.created(contributor, "Cũ hơn " + ContentFixture.token(), "<p>x</p>"), "id");
        autosave(contributor, id, "Nháp dở", "<p>dở</p>");
        ContentFixture.step(contributor, id, "SUBMIT", null);
        assertEquals(204, contributor.get("/admin/api/v1/items/" + id + "/autosave").statusCode());
        assertEquals("0", count("SELECT COUNT(*) FROM content_autosave WHERE item_id = ?", id));
    }

    private static HttpResponse<String> autosave(Portal who, String id, String title, String body) {
        return who.json("PUT", "/admin/api/v1/items/" + id + "/autosave",
                "{\"title\":\"%s\",\"lead\":\"Sapo\",\"body\":\"%s\"}".formatted(title, body));
    }

    private static String count(String sql, String id) {
        return Database.strings(sql, Long.parseLong(id)).get(0);
    }
}
