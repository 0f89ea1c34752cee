package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.organisation.domain.Role;

/** Autosave of the item editor: one kept text per item and person, no revision, dropped on save, not offered when stale. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AutosaveIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Portal contributor = Portal.basic(Role.CONTRIBUTOR);

    @Test
    void manyAutosavesKeepOneTextMakeNoRevisionAndAreDroppedBySaving() {
        String token = ContentWorkflowIT.token();
        String id = Json.field(ContentWorkflowIT.created(contributor, "Tự lưu " + token, "<p>Bản đầu</p>"), "id");
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
                ContentWorkflowIT.draftJson("Tự lưu lần 3 " + token, "<p>Đang gõ 3</p>")).statusCode());
        assertEquals(204, contributor.get("/admin/api/v1/items/" + id + "/autosave").statusCode());
        assertEquals("0", count("SELECT COUNT(*) FROM content_autosave WHERE item_id = ?", id));
    }

    @Test
    void theSameTextIsNotWrittenAgain() {
        String id = Json.field(ContentWorkflowIT.created(contributor, "Không đổi " + ContentWorkflowIT.token(), "<p>x</p>"), "id");
        String first = Json.field(autosave(contributor, id, "Giống nhau", "<p>y</p>").body(), "savedAt");
        String second = Json.field(autosave(contributor, id, "Giống nhau", "<p>y</p>").body(), "savedAt");
        assertEquals(first, second);
    }

    @Test
    void onlySomeoneWhoMayEditTheItemCanAutosaveIt() {
        String id = Json.field(ContentWorkflowIT.created(contributor, "Của người khác " + ContentWorkflowIT.token(), "<p>x</p>"), "id");
        assertEquals(403, autosave(Portal.basic(Role.EDITOR), id, "Chen ngang", "<p>z</p>").statusCode());
    }

    @Test
    void anAutosaveOlderThanTheItemsLastChangeIsNotOffered() {
        String id = Json.field(ContentWorkflowIT.created(contributor, "Cũ hơn " + ContentWorkflowIT.token(), "<p>x</p>"), "id");
        autosave(contributor, id, "Nháp dở", "<p>dở</p>");
        ContentWorkflowIT.step(contributor, id, "SUBMIT", null);
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
