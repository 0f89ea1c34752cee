package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ttdt.portal.it.ContentFixture.created;
import static vn.ttdt.portal.it.ContentFixture.draftJson;
import static vn.ttdt.portal.it.ContentFixture.publish;
import static vn.ttdt.portal.it.ContentFixture.state;
import static vn.ttdt.portal.it.ContentFixture.step;
import static vn.ttdt.portal.it.ContentFixture.token;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/** A news item from a contributor's draft to the public portal, step by step and role by role, through the API. */
class ContentWorkflowIT extends PortalIT {

    private final Portal contributor = Portal.as(Role.CONTRIBUTOR);
    private final Portal editor = Portal.as(Role.EDITOR);
    private final Portal approver = Portal.as(Role.APPROVER);

    @Test
    void aContributorsDraftIsEditedApprovedAndPublishedWithEveryStepARevision() {
        String token = token();
        String id = Json.field(created(contributor, "Tin thử quy trình " + token,
                "<p onclick=\"alert(1)\">Nội dung <b>đậm</b></p><script>alert('x')</script><img src=x onerror=alert(2)>"), "id");
        HttpResponse<String> draft = contributor.get("/admin/api/v1/items/" + id);
        assertFalse(draft.body().contains("script"), draft.body());
        assertFalse(draft.body().contains("onclick"), draft.body());
        assertFalse(draft.body().contains("onerror"), draft.body());

        assertEquals("SUBMITTED", state(step(contributor, id, "SUBMIT", null)));
        assertEquals(403, step(contributor, id, "TAKE_FOR_EDITING", null).statusCode());
        assertEquals(403, step(approver, id, "PUBLISH", null).statusCode());
        assertEquals("IN_EDITING", state(step(editor, id, "TAKE_FOR_EDITING", null)));
        assertEquals(200, editor.json("PUT", "/admin/api/v1/items/" + id, draftJson("Tin thử quy trình " + token + " (đã biên tập)",
                "<p>Nội dung đã biên tập</p>")).statusCode());
        assertEquals("AWAITING_APPROVAL", state(step(editor, id, "SEND_FOR_APPROVAL", null)));
        assertEquals(403, step(editor, id, "PUBLISH", null).statusCode());
        HttpResponse<String> published = step(approver, id, "PUBLISH", null);
        assertEquals("PUBLISHED", state(published));

        String slug = Json.field(published.body(), "slug");
        HttpResponse<String> page = Portal.anonymous().get("/api/v1/items/" + slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("(đã biên tập)"), page.body());
        assertEquals("NEWS", Json.field(page.body(), "kind"));

        String revisions = approver.get("/admin/api/v1/items/" + id + "/revisions").body();
        for (String who : new String[] {"ctv.demo", "bientap.demo", "pheduyet.demo"}) {
            assertTrue(revisions.contains("\"revisedBy\":\"" + who + "\""), revisions);
        }
        assertEquals(6, revisions.split("\"number\":").length - 1, revisions);
    }

    @Test
    void aReturnedItemNeedsACommentAndShowsItToItsAuthor() {
        String id = Json.field(created(contributor, "Tin cần sửa " + token(), "<p>Bản đầu</p>"), "id");
        step(contributor, id, "SUBMIT", null);
        HttpResponse<String> noComment = step(editor, id, "RETURN", " ");
        assertEquals(400, noComment.statusCode());
        assertTrue(noComment.body().contains("Vui lòng ghi ý kiến"), noComment.body());

        assertEquals("RETURNED", state(step(editor, id, "RETURN", "Bổ sung ảnh và nguồn tin")));
        String inbox = contributor.get("/admin/api/v1/items/inbox").body();
        assertTrue(inbox.contains("Bổ sung ảnh và nguồn tin"), inbox);
        assertEquals("SUBMITTED", state(step(contributor, id, "SUBMIT", null)));
    }

    @Test
    void aRejectedItemIsKeptButNeverPublished() {
        String id = Json.field(created(contributor, "Tin trùng lặp " + token(), "<p>Trùng</p>"), "id");
        step(contributor, id, "SUBMIT", null);
        assertEquals("REJECTED", state(step(approver, id, "REJECT", "Trùng với tin đã đăng")));
        assertEquals(403, step(approver, id, "PUBLISH", null).statusCode());
        assertEquals(200, approver.get("/admin/api/v1/items/" + id).statusCode());
    }

    @Test
    void authorsSharesMustAddUpToAHundredPercent() {
        String body = draftJson("Tin hai tác giả " + token(), "<p>x</p>").replace(
                "[{\"name\":\"An Nhiên\",\"sharePercent\":100}]",
                "[{\"name\":\"An Nhiên\",\"sharePercent\":60},{\"name\":\"Bình An\",\"sharePercent\":30}]");
        HttpResponse<String> refused = contributor.json("POST", "/admin/api/v1/items", body);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Tổng tỷ lệ của các tác giả phải đúng bằng 100%."), refused.body());
    }

    @Test
    void theDuplicateCheckFindsARewordedCopyAndIgnoresAnUnrelatedItem() {
        String token = token();
        publish("Xã Xuân Đường sơ kết cải cách hành chính " + token,
                "<p>Sáng 15/6, UBND xã Xuân Đường tổ chức hội nghị sơ kết 6 tháng đầu năm công tác cải cách hành chính. "
                        + "Bộ phận một cửa đã tiếp nhận 1.200 hồ sơ, giải quyết đúng hạn 98% " + token + ".</p>");
        String copy = Json.field(created(contributor, "Hội nghị sơ kết cải cách hành chính tại xã Xuân Đường " + token,
                "<p>Ngày 15/6, Ủy ban nhân dân xã Xuân Đường tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm. "
                        + "Bộ phận một cửa đã tiếp nhận 1.200 hồ sơ, giải quyết đúng hạn 98% " + token + ".</p>"), "id");
        step(contributor, copy, "SUBMIT", null);

        String similar = editor.get("/admin/api/v1/items/" + copy + "/similar").body();
        assertTrue(similar.contains("Xã Xuân Đường sơ kết cải cách hành chính " + token), similar);
        assertTrue(Double.parseDouble(Json.field(similar, "score")) >= 0.35, similar);
        assertFalse(similar.contains("Khai mạc Giải bóng đá"), similar);
    }

    @Test
    void anItemScheduledByTheApproverIsPublishedByTheTimerAndWithdrawnAtItsEnd() {
        String id = Json.field(created(contributor, "Tin hẹn giờ " + token(), "<p>Hẹn giờ đăng</p>"), "id");
        step(contributor, id, "SUBMIT", null);
        step(editor, id, "TAKE_FOR_EDITING", null);
        step(editor, id, "SEND_FOR_APPROVAL", null);
        Instant now = Instant.now();
        HttpResponse<String> scheduled = approver.json("PUT", "/admin/api/v1/items/" + id + "/schedule",
                "{\"publishAt\":\"%s\",\"unpublishAt\":\"%s\"}".formatted(now.plusSeconds(1), now.plusSeconds(6)));
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        assertEquals("AWAITING_APPROVAL", Json.field(scheduled.body(), "state"));

        Await.until("the timer to publish item " + id, () -> Json.field(approver.get("/admin/api/v1/items/" + id).body(), "state"),
                "PUBLISHED"::equals, Duration.ofSeconds(45));
        Await.until("the timer to withdraw item " + id, () -> Json.field(approver.get("/admin/api/v1/items/" + id).body(), "state"),
                "UNPUBLISHED"::equals, Duration.ofSeconds(60));
        String revisions = approver.get("/admin/api/v1/items/" + id + "/revisions").body();
        assertTrue(revisions.contains("\"comment\":\"scheduled publication\""), revisions);
        assertTrue(revisions.contains("\"comment\":\"scheduled withdrawal\""), revisions);
    }

    @Test
    void aSourceUnitOfAnotherSiteIsRefusedLikeAnUnknownOne() {
        String token = token();
        long site = otherSite();
        Database.update("INSERT IGNORE INTO unit_group (site_id, code, name, supervisor_title)"
                + " VALUES (?, 'xa', 'Thôn, ấp', 'Trưởng thôn')", site);
        Database.update("INSERT INTO unit (site_id, group_id, name, short_name, created_at, updated_at)"
                + " SELECT site_id, id, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM unit_group WHERE site_id = ? AND code = 'xa'",
                "Ban nhân dân thôn thử " + token, "Thôn " + token, site);
        String foreign = Database.strings("SELECT id FROM unit WHERE short_name = ?", "Thôn " + token).get(0);

        HttpResponse<String> refused = contributor.json("POST", "/admin/api/v1/items",
                fromUnit(draftJson("Tin của đơn vị trang khác " + token, "<p>x</p>"), foreign));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Đơn vị gửi tin không tồn tại hoặc đã ngừng hoạt động."), refused.body());
        HttpResponse<String> unknown = contributor.json("POST", "/admin/api/v1/items",
                fromUnit(draftJson("Tin của đơn vị không có " + token, "<p>x</p>"), "999999999"));
        assertEquals(refused.body(), unknown.body(), "the same answer as for an unknown unit");

        String id = Json.field(created(contributor, "Tin của đơn vị trang này " + token, "<p>x</p>"), "id");
        HttpResponse<String> moved = contributor.json("PUT", "/admin/api/v1/items/" + id,
                fromUnit(draftJson("Tin của đơn vị trang này " + token, "<p>y</p>"), foreign));
        assertEquals(400, moved.statusCode(), moved.body());
        assertTrue(moved.body().contains("Đơn vị gửi tin không tồn tại hoặc đã ngừng hoạt động."), moved.body());
        assertEquals(List.of(), Database.strings("SELECT id FROM content_item WHERE source_unit_id = ?", Long.parseLong(foreign)));
    }

    @Test
    void anItemOfAnotherSiteAnswersEveryCallLikeAnUnknownId() {
        String token = token();
        String title = "Tin của trang khác " + token;
        String id = Json.field(created(contributor, title, "<p>Bản đầu</p>"), "id");
        Database.update("UPDATE content_item SET site_id = ? WHERE id = ?", otherSite(), Long.parseLong(id));
        String[][] calls = {
                {"GET", ""}, {"PUT", "", draftJson(title + " (sửa)", "<p>Bản sửa</p>")}, {"POST", "/steps", "{\"action\":\"SUBMIT\"}"},
                {"PUT", "/schedule", "{\"unpublishAt\":\"2031-01-01T00:00:00Z\"}"}, {"GET", "/similar"},
                {"PUT", "/autosave", "{\"title\":\"Tự lưu\",\"lead\":\"Sapo\",\"body\":\"<p>Tự lưu</p>\"}"}, {"GET", "/autosave"},
                {"GET", "/revisions"}, {"GET", "/revisions/diff?older=1&newer=1"}};

        for (String[] call : calls) {
            Portal who = call[1].equals("/schedule") ? approver : contributor;
            String body = call.length > 2 ? call[2] : null;
            HttpResponse<String> foreign = who.json(call[0], "/admin/api/v1/items/" + id + call[1], body);
            HttpResponse<String> unknown = who.json(call[0], "/admin/api/v1/items/999999999" + call[1], body);
            assertEquals(404, foreign.statusCode(), call[0] + " " + call[1] + ": " + foreign.body());
            assertEquals(unknown.body(), foreign.body(), call[0] + " " + call[1]);
        }
        assertFalse(contributor.get("/admin/api/v1/items/mine").body().contains(title), "not among the author's items here");
        assertEquals(List.of("DRAFT|" + title), Database.strings("SELECT CONCAT(state, '|', title) FROM content_item WHERE id = ?", Long.parseLong(id)));
        assertEquals(List.of("1"), Database.strings("SELECT COUNT(*) FROM content_revision WHERE item_id = ?", Long.parseLong(id)));
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM content_autosave WHERE item_id = ?", Long.parseLong(id)));
    }

    /** The id of a second site in the same database, as a commune's component site beside the district's. */
    private static long otherSite() {
        Database.update("INSERT IGNORE INTO site (code, name, short_name, owner_name)"
                + " VALUES ('xa-thu-bien-tap', 'Trang TTĐT xã thử', 'Xã thử', 'UBND xã thử')");
        return Long.parseLong(Database.strings("SELECT id FROM site WHERE code = 'xa-thu-bien-tap'").get(0));
    }

    private static String fromUnit(String draftJson, String unitId) {
        return draftJson.replaceFirst("\"sourceUnitId\":\\d+", "\"sourceUnitId\":" + unitId);
    }
}
