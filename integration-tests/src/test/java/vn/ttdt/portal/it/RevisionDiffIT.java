package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/** Two revisions of an item side by side through GET /admin/api/v1/items/{id}/revisions/diff. */
class RevisionDiffIT extends PortalIT {

    private final Portal contributor = Portal.as(Role.CONTRIBUTOR);

    @Test
    void theDiffMarksRemovedAndAddedWordsAndEscapesTheText() {
        String token = ContentFixture.token();
        String id = Json.field(ContentFixture.created(contributor, "Hội nghị sơ kết " + token,
                "<p>Sáng 15/6, xã tổ chức hội nghị &lt;b&gt;.</p>"), "id");
        HttpResponse<String> saved = contributor.json("PUT", "/admin/api/v1/items/" + id, ContentFixture.draftJson(
                "Hội nghị tổng kết " + token, "<p>Chiều 15/6, xã tổ chức hội nghị &lt;b&gt;.</p><p>Đoạn mới.</p>"));
        assertEquals(200, saved.statusCode(), saved.body());

        HttpResponse<String> diff = contributor.get("/admin/api/v1/items/" + id + "/revisions/diff?older=1&newer=2");
        assertEquals(200, diff.statusCode(), diff.body());
        String body = diff.body();
        assertEquals("Hội nghị <del>sơ</del> kết " + token, Json.field(body, "titleBefore"));
        assertEquals("Hội nghị <ins>tổng</ins> kết " + token, Json.field(body, "titleAfter"));
        assertTrue(Json.field(body, "bodyBefore").startsWith("<del>Sáng</del> 15/6, xã tổ chức hội nghị &lt;b&gt;."), body);
        assertTrue(Json.field(body, "bodyAfter").startsWith("<ins>Chiều</ins> 15/6, xã tổ chức hội nghị &lt;b&gt;."), body);
        assertTrue(Json.field(body, "bodyAfter").endsWith("Đoạn mới.</ins>"), body);
        assertEquals("true", Json.field(body, "changed"));

        String reversed = contributor.get("/admin/api/v1/items/" + id + "/revisions/diff?older=2&newer=1").body();
        assertEquals(Json.field(body, "titleAfter"), Json.field(reversed, "titleAfter"), "the older revision is always on the left");
        assertEquals(404, contributor.get("/admin/api/v1/items/" + id + "/revisions/diff?older=1&newer=9").statusCode());
    }
}
