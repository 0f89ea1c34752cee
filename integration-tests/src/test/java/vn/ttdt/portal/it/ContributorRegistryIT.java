package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ttdt.portal.it.RoyaltyFixture.Work;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The contributor registry through the back-office API: Vietnamese validation, search with or without diacritics,
 * the works a contributor published per month (under their name or pen name, each work once), the royalties they
 * received from approved payrolls only, the spreadsheet, and the invitation — an account created by the IT
 * administrator through the account service, with its password rules, audited.
 */
class ContributorRegistryIT extends PortalIT {

    private static final String API = "/admin/api/v1/contributors";

    private static String draft(String fullName, String penName, String occupation, String email) {
        return """
                {"fullName":"%s","penName":"%s","occupation":"%s","phone":"0987 654 321",%s"address":"Ấp Bể Bạc"}"""
                .formatted(fullName, penName, occupation, email == null ? "" : "\"email\":\"" + email + "\",");
    }

    private static String created(String json) {
        HttpResponse<String> response = Portal.as(Role.EDITOR).json("POST", API, json);
        assertEquals(201, response.statusCode(), response.body());
        return Json.field(response.body(), "id");
    }

    @Test
    void aContributorWithoutNameOrWithABadEmailIsRefusedInVietnamese() {
        HttpResponse<String> refused = Portal.as(Role.APPROVER).json("POST", API, draft(" ", "Bút", "Giáo viên", "khong-phai-thu"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Vui lòng nhập họ và tên cộng tác viên."), refused.body());
        assertTrue(refused.body().contains("Địa chỉ thư điện tử không hợp lệ."), refused.body());
    }

    @Test
    void theRegistryCountsTheWorksOfAYearPerMonthAndTheRoyaltiesOfApprovedPayrollsOnly() throws IOException {
        String token = ContentFixture.token();
        String fullName = "Trần Văn Thử " + token;
        String penName = "Bút Thử " + token;
        String id = created(draft(fullName, penName, "Giáo viên Trường THCS Xuân Đường", "thu." + token + "@example.vn"));

        RoyaltyFixture.importPublished(Portal.as(Role.APPROVER), token,
                new Work("Bút danh tháng ba " + token, "NEWS_OR_REPLY", "2017-03-10T09:00:00+07:00", penName + ":100"),
                new Work("Họ tên không dấu " + token, "NEWS_OR_REPLY", "2017-05-20T09:00:00+07:00", "Tran Van Thu " + token + ":100"),
                new Work("Hai tên một bài " + token, "NEWS_OR_REPLY", "2017-05-25T09:00:00+07:00", penName + ":50", fullName + ":50"),
                new Work("Năm sau " + token, "NEWS_OR_REPLY", "2018-01-05T09:00:00+07:00", penName + ":100"),
                new Work("Người khác " + token, "NEWS_OR_REPLY", "2017-05-26T09:00:00+07:00", "Người Khác " + token + ":100"));
        String site = Database.strings("SELECT id FROM site WHERE code = 'default'").get(0);
        long approved = payroll(site, "2017-04", "APPROVED");
        long paid = payroll(site, "2017-05", "PAID");
        long draft = payroll(site, "2017-06", "DRAFT");
        payee(approved, "N:p" + token, penName, 1_000_000, 100_000, "DUE");
        payee(paid, "N:f" + token, "Tran Van Thu " + token, 200_000, 0, "PAID");
        payee(paid, "N:c" + token, penName, 500_000, 0, "CARRIED_OVER");
        payee(draft, "N:d" + token, penName, 700_000, 70_000, "DUE");

        Portal finance = Portal.as(Role.FINANCE);
        HttpResponse<String> record = finance.get(API + "/" + id + "?year=2017");
        assertEquals(200, record.statusCode(), record.body());
        assertTrue(record.body().contains("\"worksPerMonth\":[0,0,1,0,2,0,0,0,0,0,0,0]"), record.body());
        assertTrue(record.body().contains("\"works\":3"), record.body());
        assertTrue(record.body().contains("\"royaltyGross\":1200000") && record.body().contains("\"royaltyNet\":1100000"),
                "approved and paid payrolls, without the carried-over amount and the draft: " + record.body());
        assertFalse(record.body().contains("Người khác " + token));
        assertTrue(finance.get(API + "/" + id + "?year=2018").body().contains("\"works\":1"));

        HttpResponse<String> folded = finance.get(API + "?q=" + "tran%20van%20thu%20" + token + "&year=2017");
        assertTrue(folded.body().contains("\"total\":1") && folded.body().contains(fullName), "found without diacritics: " + folded.body());
        assertTrue(finance.get(API + "?q=" + token + "&active=false").body().contains("\"total\":0"));

        HttpResponse<byte[]> sheet = finance.bytes(API + "/contributors.xlsx?q=" + token + "&year=2017");
        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.headers().firstValue("Content-Disposition").orElse("").contains("cong-tac-vien-2017.xlsx"));
        String text = RoyaltySecurityIT.xlsxText(sheet.body());
        assertTrue(text.contains(fullName) && text.contains(penName) && text.contains("Giáo viên Trường THCS Xuân Đường"), text);
    }

    private static long payroll(String site, String period, String status) {
        Database.update("INSERT INTO payroll (site_id, period, status, computed_at, approved_by, approved_at) VALUES (?, ?, ?, "
                + "NOW(6), ?, ?)", Long.parseLong(site), period, status, "DRAFT".equals(status) ? null : "ketoan.demo",
                "DRAFT".equals(status) ? null : java.sql.Timestamp.valueOf("2017-07-01 08:00:00"));
        return Long.parseLong(Database.strings("SELECT id FROM payroll WHERE site_id = ? AND period = ?", Long.parseLong(site), period).get(0));
    }

    private static void payee(long payroll, String key, String name, long gross, long tax, String status) {
        Database.update("INSERT INTO payroll_payee (payroll_id, payee_key, payee_name, gross, tax, net, tax_commitment, status) "
                + "VALUES (?, ?, ?, ?, ?, ?, FALSE, ?)", payroll, key, name, gross, tax, gross - tax, status);
    }

    @Test
    void theBoardDeactivatesAndReactivatesAContributorAndEveryChangeIsAudited() {
        String token = ContentFixture.token();
        String id = created(draft("Lê Văn Nghỉ " + token, "Nghỉ " + token, "Nông dân", null));
        Portal approver = Portal.as(Role.APPROVER);
        HttpResponse<String> off = approver.json("POST", API + "/" + id + "/deactivate", null);
        assertEquals(200, off.statusCode(), off.body());
        assertEquals("false", Json.field(off.body(), "active"));
        assertTrue(approver.get(API + "?q=" + token + "&active=false").body().contains("\"total\":1"));
        HttpResponse<String> refused = Portal.as(Role.IT_ADMIN).json("POST", API + "/" + id + "/invitation",
                "{\"login\":\"nghi." + token + "\",\"password\":\"Mat-Khau-Tot-2026!\"}");
        assertEquals(400, refused.statusCode(), "an inactive contributor gets no account: " + refused.body());
        assertEquals("true", Json.field(approver.json("POST", API + "/" + id + "/reactivate", null).body(), "active"));
        String version = Json.field(approver.get(API + "/" + id).body(), "version");
        HttpResponse<String> changed = approver.json("PUT", API + "/" + id, """
                {"fullName":"Lê Văn Nghỉ %s","penName":"Nghỉ %s","occupation":"Hội viên Hội Nông dân","version":%s}"""
                .formatted(token, token, version));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(List.of("CONTRIBUTOR_CREATED", "CONTRIBUTOR_DEACTIVATED", "CONTRIBUTOR_REACTIVATED", "CONTRIBUTOR_UPDATED"),
                Database.strings("SELECT action FROM audit_event WHERE target_type = 'contributor' AND target_id = ? ORDER BY id", id));
        HttpResponse<String> stale = approver.json("PUT", API + "/" + id, """
                {"fullName":"Cũ","version":%s}""".formatted(version));
        assertEquals(409, stale.statusCode(), "a change made on an old version is refused: " + stale.body());
    }

    @Test
    void theAdministratorCreatesTheAccountOfARegistryEntryUnderTheSamePasswordRules() {
        String token = ContentFixture.token();
        String login = "ctv." + token;
        String withoutEmail = created(draft("Không Thư " + token, "KT " + token, "Cựu chiến binh", null));
        Portal admin = Portal.as(Role.IT_ADMIN);
        HttpResponse<String> noEmail = admin.json("POST", API + "/" + withoutEmail + "/invitation",
                "{\"login\":\"" + login + "x\",\"password\":\"Mat-Khau-Tot-2026!\"}");
        assertEquals(400, noEmail.statusCode());
        assertTrue(noEmail.body().contains("thư điện tử"), noEmail.body());

        String id = created(draft("Võ Thị Mời " + token, "Mời " + token, "Giáo viên", "moi." + token + "@example.vn"));
        HttpResponse<String> weak = admin.json("POST", API + "/" + id + "/invitation", "{\"login\":\"" + login + "\",\"password\":\"123\"}");
        assertEquals(400, weak.statusCode(), weak.body());
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM account WHERE login = ?", login));

        HttpResponse<String> invited = admin.json("POST", API + "/" + id + "/invitation",
                "{\"login\":\"" + login + "\",\"password\":\"Mat-Khau-Tot-2026!\"}");
        assertEquals(200, invited.statusCode(), invited.body());
        assertEquals(login, Json.field(invited.body(), "accountLogin"));
        assertEquals(List.of("contributor|Mời " + token + "|moi." + token + "@example.vn"), Database.strings(
                "SELECT CONCAT(r.role_name, '|', a.pen_name, '|', a.email) FROM account a JOIN account_role r ON r.account_id = a.id "
                        + "WHERE a.login = ?", login));
        assertEquals(200, Portal.basic(login, "Mat-Khau-Tot-2026!").get("/admin/api/v1/me").statusCode(), "the new account signs in");
        assertEquals(List.of("ACCOUNT_CREATED"), Database.strings(
                "SELECT action FROM audit_event WHERE target_type = 'account' AND target_id = ? AND action = 'ACCOUNT_CREATED'", login));
        assertEquals(List.of("quantri.demo"), Database.strings(
                "SELECT actor FROM audit_event WHERE action = 'CONTRIBUTOR_INVITED' AND target_id = ?", id));

        assertEquals(List.of(id), Database.strings(
                "SELECT c.id FROM contributor c JOIN account a ON a.id = c.account_id WHERE a.login = ?", login), "one entry, the invited one");

        HttpResponse<String> again = admin.json("POST", API + "/" + id + "/invitation",
                "{\"login\":\"" + login + "2\",\"password\":\"Mat-Khau-Tot-2026!\"}");
        assertEquals(400, again.statusCode(), "one account per contributor: " + again.body());
    }

    @Test
    void anAccountOpenedOnTheAccountsScreenAsContributorIsEnteredInTheRegistryOnce() {
        String token = ContentFixture.token();
        Portal admin = Portal.as(Role.IT_ADMIN);
        String contributorLogin = "ctvtk." + token;
        HttpResponse<String> created = admin.json("POST", "/admin/api/v1/accounts",
                newAccount(account(contributorLogin, "Đinh Văn Khánh " + token, "CONTRIBUTOR")));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(List.of("Đinh Văn Khánh " + token + "|" + contributorLogin + "@cammy.example.vn|1"), Database.strings(
                "SELECT CONCAT(c.full_name, '|', c.email, '|', c.active) FROM contributor c JOIN account a ON a.id = c.account_id "
                        + "WHERE a.login = ?", contributorLogin));
        assertEquals(List.of("quantri.demo"), Database.strings("SELECT e.actor FROM audit_event e JOIN contributor c ON e.target_id = c.id "
                + "JOIN account a ON a.id = c.account_id WHERE e.action = 'CONTRIBUTOR_CREATED' AND a.login = ?", contributorLogin));

        String editorLogin = "bttk." + token;
        HttpResponse<String> editor = admin.json("POST", "/admin/api/v1/accounts", newAccount(account(editorLogin, "Bùi Thị Lan " + token, "EDITOR")));
        assertEquals(201, editor.statusCode(), editor.body());
        String editorId = Json.field(editor.body(), "id");
        assertEquals(List.of(), Database.strings(
                "SELECT c.id FROM contributor c JOIN account a ON a.id = c.account_id WHERE a.login = ?", editorLogin), "no contributor role, no entry");
        String granted = account(editorLogin, "Bùi Thị Lan " + token, "EDITOR\",\"CONTRIBUTOR").replace("}", ",\"version\":"
                + Json.field(editor.body(), "version") + "}");
        assertEquals(200, admin.json("PUT", "/admin/api/v1/accounts/" + editorId, granted).statusCode());
        assertEquals(1, Database.strings("SELECT c.id FROM contributor c JOIN account a ON a.id = c.account_id WHERE a.login = ?",
                editorLogin).size(), "granted the contributor role, entered once");
    }

    private static String account(String login, String fullName, String roles) {
        return """
                {"login":"%s","fullName":"%s","email":"%s@cammy.example.vn","phone":"0251 3800 222","roles":["%s"]}"""
                .formatted(login, fullName, login, roles);
    }

    private static String newAccount(String account) {
        return "{\"account\":" + account + ",\"password\":\"Mat-Khau-Tot-2026!\"}";
    }
}
