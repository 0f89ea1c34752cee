package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Separation of duties: what the IT administrator imports waits for the editorial board as drafts, and nobody
 * changes their own roles.
 */
class SeparationOfDutiesIT extends PortalIT {

    private static final String PASSWORD = "Mat-khau-quan-tri-2023";


    private final Portal admin = Portal.as(Role.IT_ADMIN);

    @Test
    void itemsImportedByTheItAdministratorLandAsDraftsWhateverTheirOriginalState() {
        String token = ContentFixture.token();
        HttpResponse<String> response = admin.json("POST", "/admin/api/v1/import/items", """
                {"items":[
                  {"kind":"NEWS","genre":"NEWS_OR_REPLY","title":"Nhập bởi quản trị đã đăng %1$s","lead":"Sapo","body":"<p>x</p>",
                   "category":"cai-cach-hanh-chinh","sourceUnit":"Xã Long Giao","state":"PUBLISHED",
                   "publishedAt":"2022-05-01T08:30:00+07:00","authors":[{"name":"Ngọc Lan","share":100}]},
                  {"kind":"NEWS","genre":"NEWS_OR_REPLY","title":"Nhập bởi quản trị đã lưu trữ %1$s","lead":"Sapo","body":"<p>x</p>",
                   "category":"cai-cach-hanh-chinh","sourceUnit":"Xã Long Giao","state":"ARCHIVED",
                   "publishedAt":"2021-05-01T08:30:00+07:00","authors":[{"name":"Ngọc Lan","share":100}]}]}""".formatted(token));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("DRAFT|-", "DRAFT|-"), Database.strings("SELECT CONCAT(state, '|', COALESCE(published_at, '-'))"
                + " FROM content_item WHERE title LIKE ?", "Nhập bởi quản trị % " + token));
        String published = Portal.anonymous().get("/api/v1/items?q=" + token).body();
        assertTrue(published.contains("\"total\":0"), published);
    }

    @Test
    void anItAdministratorCannotGiveThemselvesAnotherRoleNorDropTheirOwn() {
        String login = "qt." + ContentFixture.token();
        HttpResponse<String> created = admin.json("POST", "/admin/api/v1/accounts", """
                {"account":{"login":"%s","fullName":"Quản trị thử","email":"%s@cammy.example.vn","roles":["IT_ADMIN"]},
                 "password":"%s"}""".formatted(login, login, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.field(created.body(), "id");
        Portal self = Portal.basic(login, PASSWORD);

        for (String roles : List.of("\"IT_ADMIN\",\"APPROVER\"", "\"IT_ADMIN\",\"FINANCE\"", "\"CONTRIBUTOR\"")) {
            HttpResponse<String> refused = self.json("PUT", "/admin/api/v1/accounts/" + id, draft(login, "Quản trị thử", roles));
            assertEquals(400, refused.statusCode(), roles + ": " + refused.body());
            assertTrue(refused.body().contains("Không ai được tự thay đổi vai trò của chính mình"), refused.body());
        }
        assertEquals(List.of("it-admin"), Database.strings("SELECT r.role_name FROM account_role r JOIN account a ON a.id = r.account_id"
                + " WHERE a.login = ?", login));

        HttpResponse<String> renamed = self.json("PUT", "/admin/api/v1/accounts/" + id, draft(login, "Quản trị đổi tên", "\"IT_ADMIN\""));
        assertEquals(200, renamed.statusCode(), renamed.body());
        HttpResponse<String> byAnother = admin.json("PUT", "/admin/api/v1/accounts/" + id,
                draft(login, "Quản trị đổi tên", "\"IT_ADMIN\",\"APPROVER\""));
        assertEquals(200, byAnother.statusCode(), byAnother.body());
    }

    private static String draft(String login, String fullName, String roles) {
        return """
                {"login":"%s","fullName":"%s","email":"%s@cammy.example.vn","roles":[%s]}"""
                .formatted(login, fullName, login, roles);
    }
}
