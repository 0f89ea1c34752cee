package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Reading an item in the back office follows the workflow: its creator and the authors named with their account,
 * the reporter of its source unit, editors and approvers; nothing of an item someone else may not read reaches
 * them through the duplicate check or the related items either.
 */
class ItemReadAccessIT extends PortalIT {


    private final Portal contributor = Portal.as(Role.CONTRIBUTOR);
    private final Portal reporter = Portal.as(Role.UNIT_REPORTER);
    private final Portal editor = Portal.as(Role.EDITOR);
    private final Portal approver = Portal.as(Role.APPROVER);

    @Test
    void theReporterOfTheSourceUnitReadsItsItemsAndNoOtherUnits() {
        String token = ContentFixture.token();
        String ours = Json.field(created(contributor, fromUnit(ContentFixture.draftJson("Tin của xã Xuân Đường " + token, "<p>x</p>"),
                "Xã Xuân Đường")), "id");
        String theirs = Json.field(ContentFixture.created(contributor, "Tin của xã Long Giao " + token, "<p>x</p>"), "id");

        assertEquals(200, reporter.get("/admin/api/v1/items/" + ours).statusCode());
        assertEquals(200, reporter.get("/admin/api/v1/items/" + ours + "/revisions").statusCode());
        assertEquals(404, reporter.get("/admin/api/v1/items/" + theirs).statusCode());
        assertEquals(404, reporter.get("/admin/api/v1/items/" + theirs + "/revisions").statusCode());
    }

    @Test
    void anAuthorNamedWithTheirAccountReadsTheItemAnotherWriterDoesNot() {
        String token = ContentFixture.token();
        String account = Database.strings("SELECT id FROM account WHERE login = 'ctv.demo'").get(0);
        String json = ContentFixture.draftJson("Bài viết chung " + token, "<p>x</p>").replace(
                "[{\"name\":\"An Nhiên\",\"sharePercent\":100}]",
                "[{\"name\":\"Lê Minh Châu\",\"sharePercent\":50},{\"name\":\"An Nhiên\",\"accountId\":" + account + ",\"sharePercent\":50}]");
        String id = Json.field(created(editor, json), "id");

        HttpResponse<String> coAuthor = contributor.get("/admin/api/v1/items/" + id);
        assertEquals(200, coAuthor.statusCode(), coAuthor.body());
        assertEquals(404, reporter.get("/admin/api/v1/items/" + id).statusCode());
    }

    @Test
    void theDuplicateCheckShowsAWriterNoItemTheyMayNotRead() {
        String token = ContentFixture.token();
        String text = "<p>Sáng 20/9, UBND xã Long Giao tổ chức lễ ra quân chiến dịch vệ sinh môi trường, thu gom 3 tấn rác thải "
                + "dọc tuyến đường liên xã " + token + ".</p>";
        String privateTitle = "Bản nháp riêng của biên tập viên " + token;
        ContentFixture.created(editor, privateTitle, text);
        String copy = Json.field(ContentFixture.created(contributor, "Long Giao ra quân vệ sinh môi trường " + token, text), "id");
        ContentFixture.step(contributor, copy, "SUBMIT", null);

        HttpResponse<String> forTheWriter = contributor.get("/admin/api/v1/items/" + copy + "/similar");
        assertEquals(200, forTheWriter.statusCode(), forTheWriter.body());
        assertFalse(forTheWriter.body().contains(privateTitle), forTheWriter.body());
        assertTrue(approver.get("/admin/api/v1/items/" + copy + "/similar").body().contains(privateTitle), "the board sees it");
    }

    @Test
    void aRelatedItemWithdrawnSinceIsNotShownToAWriterWhoMayNotReadIt() {
        String token = ContentFixture.token();
        String withdrawnTitle = "Tin liên quan đã gỡ " + token;
        String related = Json.field(created(editor, ContentFixture.draftJson(withdrawnTitle, "<p>x</p>")), "id");
        ContentFixture.step(editor, related, "SUBMIT", null);
        ContentFixture.step(editor, related, "TAKE_FOR_EDITING", null);
        ContentFixture.step(editor, related, "SEND_FOR_APPROVAL", null);
        assertEquals("PUBLISHED", ContentFixture.state(ContentFixture.step(approver, related, "PUBLISH", null)));
        String json = ContentFixture.draftJson("Tin có tin liên quan " + token, "<p>y</p>");
        String id = Json.field(created(contributor, json.substring(0, json.lastIndexOf('}')) + ",\"relatedIds\":[" + related + "]}"), "id");
        assertEquals("UNPUBLISHED", ContentFixture.state(ContentFixture.step(approver, related, "UNPUBLISH", "Gỡ để sửa")));

        HttpResponse<String> forTheWriter = contributor.get("/admin/api/v1/items/" + id);
        assertEquals(200, forTheWriter.statusCode());
        assertFalse(forTheWriter.body().contains(withdrawnTitle), forTheWriter.body());
        assertTrue(approver.get("/admin/api/v1/items/" + id).body().contains(withdrawnTitle), "the board sees it");
    }

    @Test
    void aWriterIllustratesAnItemOnlyWithAnUploadTheyMayReadOrTheItemShowsAlready() {
        String token = ContentFixture.token();
        String editorsUpload = Json.field(editor.upload("anh-bien-tap.png", TestImages.scene(40, 30, "png", "B")).body(), "id");
        String json = ContentFixture.draftJson("Tin mượn ảnh " + token, "<p>x</p>");
        String withCover = json.substring(0, json.lastIndexOf('}')) + ",\"cover\":{\"mediaId\":%s,\"caption\":\"Ảnh\",\"photographer\":\"Lê Minh Châu\"}}";

        HttpResponse<String> foreign = contributor.json("POST", "/admin/api/v1/items", withCover.formatted(editorsUpload));
        HttpResponse<String> unknown = contributor.json("POST", "/admin/api/v1/items", withCover.formatted("999999999"));
        assertEquals(400, foreign.statusCode(), foreign.body());
        assertEquals(unknown.body(), foreign.body());

        String id = Json.field(ContentFixture.created(contributor, "Tin mượn ảnh " + token, "<p>x</p>"), "id");
        ContentFixture.step(contributor, id, "SUBMIT", null);
        ContentFixture.step(editor, id, "TAKE_FOR_EDITING", null);
        assertEquals(200, editor.json("PUT", "/admin/api/v1/items/" + id, withCover.formatted(editorsUpload)).statusCode());
        ContentFixture.step(editor, id, "RETURN", "Sửa sapo");
        HttpResponse<String> savedAgain = contributor.json("PUT", "/admin/api/v1/items/" + id, withCover.formatted(editorsUpload));
        assertEquals(200, savedAgain.statusCode(), savedAgain.body());
    }

    private static String created(Portal who, String json) {
        HttpResponse<String> response = who.json("POST", "/admin/api/v1/items", json);
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }

    private static String fromUnit(String json, String shortName) {
        String unit = Database.strings("SELECT id FROM unit WHERE short_name = ?", shortName).get(0);
        return json.replaceFirst("\"sourceUnitId\":\\d+", "\"sourceUnitId\":" + unit);
    }
}
