package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * A unit, unit group, media file or account of a second site in the same database: every back-office call
 * naming it answers exactly as for an id that does not exist, and changes nothing.
 */
class SiteScopeIT extends PortalIT {

    private static final String UNKNOWN = "999999999";

    private final Portal admin = Portal.as(Role.IT_ADMIN);
    private final String token = ContentFixture.token();

    @Test
    void aUnitOfAnotherSiteAnswersLikeAnUnknownOneAndIsNotListed() {
        String name = "UBND xã thử " + token;
        String unit = foreignUnit(name);
        String draft = unitDraft("Tên mới " + token, ourGroup());
        String[][] calls = {{"GET", ""}, {"PUT", "", draft}, {"POST", "/deactivate"}, {"POST", "/reactivate"}};

        answerLikeAnUnknownId("/admin/api/v1/units/", unit, calls);
        HttpResponse<String> listed = admin.get("/admin/api/v1/units?q=" + token);
        assertTrue(listed.body().contains("\"total\":0"), listed.body());
        assertEquals(List.of(name + "|1|0"), Database.strings("SELECT CONCAT(name, '|', active, '|', version) FROM unit WHERE id = ?", unit));
    }

    @Test
    void aUnitGroupOfAnotherSiteIsRefusedLikeAnUnknownOne() {
        HttpResponse<String> foreign = admin.json("POST", "/admin/api/v1/units", unitDraft("Đơn vị nhóm khác " + token, foreignGroup()));
        HttpResponse<String> unknown = admin.json("POST", "/admin/api/v1/units", unitDraft("Đơn vị nhóm khác " + token, UNKNOWN));

        assertEquals(400, foreign.statusCode(), foreign.body());
        assertEquals(unknown.body(), foreign.body());
        assertEquals(List.of(), Database.strings("SELECT id FROM unit WHERE name = ?", "Đơn vị nhóm khác " + token));
    }

    @Test
    void mediaOfAnotherSiteAnswersLikeAnUnknownId() {
        Database.update("INSERT INTO media (site_id, storage_key, original_name, format, size_bytes, sha256, uploaded_by, uploaded_at)"
                + " VALUES (?, ?, 'tai-lieu.pdf', 'PDF', 1024, ?, 'ctv.xa', UTC_TIMESTAMP())",
                otherSite(), String.format("%32s", token).replace(' ', '0'), "0".repeat(64));
        String media = Database.strings("SELECT id FROM media WHERE original_name = 'tai-lieu.pdf' AND uploaded_by = 'ctv.xa'"
                + " ORDER BY id DESC").get(0);
        Portal contributor = Portal.as(Role.CONTRIBUTOR);

        HttpResponse<String> foreign = contributor.get("/admin/api/v1/media/" + media);
        HttpResponse<String> unknown = contributor.get("/admin/api/v1/media/" + UNKNOWN);

        assertEquals(404, foreign.statusCode(), foreign.body());
        assertEquals(unknown.body(), foreign.body());
    }

    @Test
    void anAccountOfAnotherSiteAnswersEveryCallLikeAnUnknownId() {
        String login = "xa." + token;
        HttpResponse<String> created = admin.json("POST", "/admin/api/v1/accounts", """
                {"account":{"login":"%s","fullName":"Cán bộ xã thử","email":"%s@xa.example.vn","roles":["CONTRIBUTOR"]},
                 "password":"Mat-khau-ban-dau-1"}""".formatted(login, login));
        assertEquals(201, created.statusCode(), created.body());
        String account = Database.strings("SELECT id FROM account WHERE login = ?", login).get(0);
        Database.update("UPDATE account SET site_id = ? WHERE id = ?", otherSite(), account);
        String before = accountRow(account);
        String[][] calls = {{"GET", ""},
                {"PUT", "", """
                        {"login":"%s","fullName":"Đổi tên","email":"%s@xa.example.vn","roles":["CONTRIBUTOR"],"version":0}"""
                        .formatted(login, login)},
                {"POST", "/deactivate"}, {"POST", "/reactivate"}, {"POST", "/unlock"},
                {"PUT", "/contributor-profile", "{\"penName\":\"Bút danh\"}"},
                {"PUT", "/password", "{\"password\":\"Mat-khau-moi-2023-x\"}"}};

        answerLikeAnUnknownId("/admin/api/v1/accounts/", account, calls);
        assertEquals(before, accountRow(account));
    }

    @Test
    void theAccountListShowsOnlyTheCurrentSitesAccounts() {
        String ours = "ds.day." + token;
        String theirs = "ds.xa." + token;
        for (String login : List.of(ours, theirs)) {
            HttpResponse<String> created = admin.json("POST", "/admin/api/v1/accounts", """
                    {"account":{"login":"%s","fullName":"Cán bộ danh sách","email":"%s@xa.example.vn","roles":["CONTRIBUTOR"]},
                     "password":"Mat-khau-ban-dau-1"}""".formatted(login, login));
            assertEquals(201, created.statusCode(), created.body());
        }
        Database.update("UPDATE account SET site_id = ? WHERE login = ?", otherSite(), theirs);

        HttpResponse<String> listed = admin.get("/admin/api/v1/accounts?q=" + token);
        assertTrue(listed.body().contains("\"total\":1"), listed.body());
        assertTrue(listed.body().contains(ours), listed.body());
    }

    @Test
    void anAccountCannotBePlacedInAUnitOfAnotherSite() {
        String login = "donvi." + token;
        HttpResponse<String> foreign = admin.json("POST", "/admin/api/v1/accounts", accountInUnit(login, foreignUnit("UBND xã khác " + token)));
        HttpResponse<String> unknown = admin.json("POST", "/admin/api/v1/accounts", accountInUnit(login, UNKNOWN));

        assertEquals(400, foreign.statusCode(), foreign.body());
        assertEquals(unknown.body(), foreign.body());
        assertEquals(List.of(), Database.strings("SELECT id FROM account WHERE login = ?", login));
    }

    /** Each call ({method, path after the id, body?}) on {@code id} answers 404, word for word as on an unknown id. */
    private void answerLikeAnUnknownId(String base, String id, String[][] calls) {
        for (String[] call : calls) {
            String body = call.length > 2 ? call[2] : null;
            HttpResponse<String> foreign = admin.json(call[0], base + id + call[1], body);
            HttpResponse<String> unknown = admin.json(call[0], base + UNKNOWN + call[1], body);
            assertEquals(404, foreign.statusCode(), call[0] + " " + call[1] + ": " + foreign.body());
            assertEquals(unknown.body(), foreign.body(), call[0] + " " + call[1]);
        }
    }

    private static String accountRow(String id) {
        return Database.strings("SELECT CONCAT_WS('|', full_name, active, version, password_hash, COALESCE(pen_name, '-'))"
                + " FROM account WHERE id = ?", id).get(0);
    }

    private static String accountInUnit(String login, String unitId) {
        return """
                {"account":{"login":"%s","fullName":"Cán bộ thử","email":"%s@cammy.example.vn","unitId":%s,"roles":["UNIT_REPORTER"]},
                 "password":"Mat-khau-ban-dau-1"}""".formatted(login, login, unitId);
    }

    private String unitDraft(String name, String groupId) {
        return """
                {"name":"%s","shortName":"%s","groupId":%s,"version":0}""".formatted(name, "DV-" + token, groupId);
    }

    private String foreignUnit(String name) {
        Database.update("INSERT INTO unit (site_id, group_id, name, short_name, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())", otherSite(), Long.parseLong(foreignGroup()), name, "X-" + token);
        return Database.strings("SELECT id FROM unit WHERE name = ?", name).get(0);
    }

    private static String foreignGroup() {
        Database.update("INSERT IGNORE INTO unit_group (site_id, code, name, supervisor_title) VALUES (?, 'XA-THU', 'Khối xã thử', 'Chủ tịch')",
                otherSite());
        return Database.strings("SELECT id FROM unit_group WHERE code = 'XA-THU'").get(0);
    }

    private static String ourGroup() {
        return Database.strings("SELECT id FROM unit_group WHERE code = 'DEPARTMENTS'").get(0);
    }

    /** The id of a second site in the same database, as a commune's component site beside the district's. */
    private static long otherSite() {
        Database.update("INSERT IGNORE INTO site (code, name, short_name, owner_name)"
                + " VALUES ('xa-thu-pham-vi', 'Trang TTĐT xã thử', 'Xã thử', 'UBND xã thử')");
        return Long.parseLong(Database.strings("SELECT id FROM site WHERE code = 'xa-thu-pham-vi'").get(0));
    }
}
