package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ttdt.portal.it.RoyaltyFixture.Work;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Royalties cannot be redirected (issue 10, findings 5 and 6): an author's account is an active account of the
 * item's site and named as written, the payroll and its exports name the account's holder, every change of an
 * author's account is audited, nobody grades their own work, and a run of an approved payroll cannot be restarted
 * through any job endpoint.
 */
class RoyaltySecurityIT extends PortalIT {

    private static final String UNKNOWN_ACCOUNT = "Tài khoản tác giả không tồn tại, đã ngừng hoạt động hoặc không thuộc trang này.";
    private static final String NOT_THE_HOLDER = "không phải họ tên hoặc bút danh của chủ tài khoản đã chọn";
    private static final String OWN_WORK = "Không được chấm nhuận bút tác phẩm do chính mình viết hoặc tạo";


    private final Portal contributor = Portal.as(Role.CONTRIBUTOR);
    private final Portal approver = Portal.as(Role.APPROVER);
    private final Portal finance = Portal.as(Role.FINANCE);
    private final Portal admin = Portal.as(Role.IT_ADMIN);

    @Test
    void anAuthorsAccountMustBeAnActiveAccountOfTheSiteNamedAsWritten() {
        String token = ContentFixture.token();
        long ctv = accountId("ctv.demo");
        assertRefused(create(contributor, "Tài khoản không có " + token, author("An Nhiên", 987654321L, 100)), UNKNOWN_ACCOUNT);
        assertRefused(create(contributor, "Tài khoản đã nghỉ " + token, author("Người đã nghỉ", inactiveAccount(token), 100)),
                UNKNOWN_ACCOUNT);
        assertRefused(create(contributor, "Tài khoản xã khác " + token, author("Người xã khác", otherSitesAccount(token), 100)),
                UNKNOWN_ACCOUNT);
        assertRefused(create(contributor, "Tên người khác " + token, author("An Nhiên", accountId("ketoan.demo"), 100)), NOT_THE_HOLDER);

        HttpResponse<String> penName = create(contributor, "Bút danh " + token, author("An Nhiên", ctv, 100));
        assertEquals(201, penName.statusCode(), penName.body());
        HttpResponse<String> fullName = create(contributor, "Họ tên viết hoa " + token, author("NGUYỄN  Văn an", ctv, 100));
        assertEquals(201, fullName.statusCode(), fullName.body());
        HttpResponse<String> leftOut = create(contributor, "Không gõ tên " + token, "{\"accountId\":" + ctv + ",\"sharePercent\":100}");
        assertEquals(201, leftOut.statusCode(), leftOut.body());
        assertTrue(leftOut.body().contains("\"name\":\"An Nhiên\""), "the account's pen name is written in: " + leftOut.body());
    }

    @Test
    void everyChangeOfAnAuthorsAccountOnAnItemIsAudited() {
        String token = ContentFixture.token();
        long ctv = accountId("ctv.demo");
        long editor = accountId("bientap.demo");
        HttpResponse<String> created = create(contributor, "Thay tài khoản tác giả " + token, author("An Nhiên", ctv, 100));
        assertEquals(201, created.statusCode(), created.body());
        long item = Long.parseLong(Json.field(created.body(), "id"));
        assertEquals(List.of("null -> " + ctv), accountChanges(item));

        HttpResponse<String> shared = save(item, "Thay tài khoản tác giả " + token,
                author("An Nhiên", ctv, 50) + "," + author("Lê Minh Châu", editor, 50));
        assertEquals(200, shared.statusCode(), shared.body());
        HttpResponse<String> same = save(item, "Thay tài khoản tác giả, sửa tiêu đề " + token,
                author("An Nhiên", ctv, 50) + "," + author("Lê Minh Châu", editor, 50));
        assertEquals(200, same.statusCode(), same.body());
        HttpResponse<String> unlinked = save(item, "Thay tài khoản tác giả, sửa tiêu đề " + token,
                author("An Nhiên", ctv, 50) + ",{\"name\":\"Lê Minh Châu\",\"sharePercent\":50}");
        assertEquals(200, unlinked.statusCode(), unlinked.body());
        assertEquals(List.of("null -> " + ctv, "null -> " + editor, editor + " -> null"), accountChanges(item),
                "one entry per change of an author's account, none for a save that keeps them");
        assertEquals(List.of("ctv.demo"), Database.strings("SELECT DISTINCT actor FROM audit_event WHERE action = 'AUTHOR_ACCOUNT_CHANGED' "
                + "AND target_type = 'content-item' AND target_id = ?", Long.toString(item)));
    }

    @Test
    void thePayrollAndItsExportsNameTheAccountsHolderNotTheTypedByline() throws IOException {
        String token = ContentFixture.token();
        long item = publishedIn("2020-06-15 03:00:00", contributor, "Nhuận bút theo tài khoản " + token,
                author("An Nhiên", accountId("ctv.demo"), 100));
        RoyaltyFixture.gradeOk(approver, item, "{\"coefficient\":3}");
        RoyaltyFixture.runToCompletion(finance, "2020-06");

        assertEquals(List.of("Nguyễn Văn An"), Database.strings("SELECT l.payee_name FROM payroll_line l JOIN payroll r "
                + "ON r.id = l.payroll_id WHERE r.period = '2020-06' AND l.item_id = ?", item));
        String payroll = finance.get("/admin/api/v1/payrolls/2020-06").body();
        assertTrue(payroll.contains("\"name\":\"Nguyễn Văn An\""), payroll);
        assertFalse(payroll.contains("\"name\":\"An Nhiên\""), payroll);

        String pdf = pdfText(finance.getBytes("/admin/api/v1/payrolls/2020-06/signature-sheet.pdf").body()).replaceAll("\\s+", " ");
        assertTrue(pdf.contains("Nguyễn Văn An") && !pdf.contains("An Nhiên"), pdf);
        String csv = new String(finance.getBytes("/admin/api/v1/payrolls/2020-06/bank-transfer.csv").body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("NGUYEN VAN AN") && !csv.contains("AN NHIEN"), csv);
        String xlsx = xlsxText(finance.getBytes("/admin/api/v1/payrolls/2020-06/payroll.xlsx").body());
        assertTrue(xlsx.contains("Nguyễn Văn An") && !xlsx.contains("An Nhiên"), "the spreadsheet names the holder");
    }

    @Test
    void anApproverCannotGradeAWorkTheyWroteOrCreated() {
        String token = ContentFixture.token();
        long written = published(contributor, "Bài của người duyệt " + token, author("Phạm Quốc Dũng", accountId("pheduyet.demo"), 100));
        long created = published(approver, "Bài người duyệt tạo " + token, author("An Nhiên", accountId("ctv.demo"), 100));

        assertOwnWork(RoyaltyFixture.grade(approver, written, "{\"coefficient\":2}"));
        assertOwnWork(RoyaltyFixture.grade(approver, created, "{\"coefficient\":2}"));
        assertOwnWork(approver.json("PUT", "/admin/api/v1/royalty/grading", "{\"" + written + "\":{\"coefficient\":2}}"));
        assertEquals(List.of(), Database.strings("SELECT item_id FROM royalty_grading WHERE item_id IN (?, ?)", written, created));
    }

    @Test
    void aFailedRunOfAnApprovedPayrollCannotBeRestartedThroughAnyJobsEndpoint() {
        String token = ContentFixture.token();
        String month = "2020-07";
        long work = RoyaltyFixture.importPublished(approver, token,
                new Work("Tin tháng bảy " + token, "NEWS_OR_REPLY", "2020-07-05T09:00:00+07:00", "Tác giả tháng bảy " + token + ":100")).get(0);
        RoyaltyFixture.gradeOk(approver, work, "{\"coefficient\":2}");
        Database.update("UPDATE royalty_grading SET adjustment = 'HONG' WHERE item_id = ?", work);
        long failed = RoyaltyFixture.start(finance, month);
        assertEquals("FAILED", RoyaltyFixture.awaitEnd(finance, failed, Duration.ofSeconds(90)), "a grade the reader cannot read fails the run");
        Database.update("UPDATE royalty_grading SET adjustment = 'NONE' WHERE item_id = ?", work);
        RoyaltyFixture.runToCompletion(finance, month);
        HttpResponse<String> approved = finance.json("POST", "/admin/api/v1/payrolls/" + month + "/approve", null);
        assertEquals(200, approved.statusCode(), approved.body());
        long late = RoyaltyFixture.importPublished(approver, token + "m",
                new Work("Tin đến muộn " + token, "NEWS_OR_REPLY", "2020-07-20T09:00:00+07:00", "Tác giả đến muộn " + token + ":100")).get(0);
        RoyaltyFixture.gradeOk(approver, late, "{\"coefficient\":2}");
        List<String> linesBefore = lines(month);

        assertEquals(404, admin.json("POST", "/admin/api/v1/jobs/executions/" + failed + "/restart", null).statusCode(),
                "the account-review job's endpoints know no payroll run");
        assertEquals(404, admin.get("/admin/api/v1/jobs/executions/" + failed).statusCode());
        assertEquals(404, admin.get("/admin/api/v1/jobs/executions/" + failed + "/account-review").statusCode());
        HttpResponse<String> restart = finance.json("POST", "/admin/api/v1/jobs/royalty-payroll/executions/" + failed + "/restart", null);
        assertEquals(400, restart.statusCode(), restart.body());
        assertTrue(restart.body().contains("Bảng nhuận bút tháng 07/2020 đã được duyệt"), restart.body());

        assertEquals(linesBefore, lines(month));
        assertEquals(List.of(), RoyaltyFixture.lineAmounts(month, late), "nothing is added to an approved payroll");
        assertEquals(List.of("APPROVED"), Database.strings("SELECT status FROM payroll WHERE period = ?", month));
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), response.body());
    }

    private static void assertOwnWork(HttpResponse<String> response) {
        assertRefused(response, OWN_WORK);
    }

    private static String author(String name, long accountId, int share) {
        return "{\"name\":\"" + name + "\",\"accountId\":" + accountId + ",\"sharePercent\":" + share + "}";
    }

    private static String draft(String title, String authors) {
        String json = ContentFixture.draftJson(title, "<p>Nội dung " + title + "</p>");
        return json.replace("[{\"name\":\"An Nhiên\",\"sharePercent\":100}]", "[" + authors + "]");
    }

    private static HttpResponse<String> create(Portal who, String title, String authors) {
        return who.json("POST", "/admin/api/v1/items", draft(title, authors));
    }

    private HttpResponse<String> save(long item, String title, String authors) {
        String version = Json.field(contributor.get("/admin/api/v1/items/" + item).body(), "version");
        String json = draft(title, authors);
        return contributor.json("PUT", "/admin/api/v1/items/" + item, json.substring(0, json.length() - 1) + ",\"version\":" + version + "}");
    }

    /** Creates the item as {@code creator} and takes it through the workflow to publication; answers its id. */
    private static long published(Portal creator, String title, String authors) {
        HttpResponse<String> created = create(creator, title, authors);
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.field(created.body(), "id");
        ContentFixture.step(creator, id, "SUBMIT", null);
        ContentFixture.step(Portal.as(Role.EDITOR), id, "TAKE_FOR_EDITING", null);
        ContentFixture.step(Portal.as(Role.EDITOR), id, "SEND_FOR_APPROVAL", null);
        assertEquals("PUBLISHED", ContentFixture.state(ContentFixture.step(Portal.as(Role.APPROVER), id, "PUBLISH", null)));
        return Long.parseLong(id);
    }

    /** A published item whose publication time (UTC) is moved into the month a payroll is computed for. */
    private static long publishedIn(String utc, Portal creator, String title, String authors) {
        long id = published(creator, title, authors);
        Database.update("UPDATE content_item SET published_at = ? WHERE id = ?", utc, id);
        return id;
    }

    private static long accountId(String login) {
        return Long.parseLong(Database.strings("SELECT id FROM account WHERE login = ?", login).get(0));
    }

    private long inactiveAccount(String token) {
        String login = "da.nghi." + token;
        HttpResponse<String> created = admin.json("POST", "/admin/api/v1/accounts", """
                {"account":{"login":"%s","fullName":"Người đã nghỉ","email":"%s@cammy.example.vn","roles":["CONTRIBUTOR"]},
                 "password":"%s"}""".formatted(login, login, DemoAccount.PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        long id = accountId(login);
        assertEquals(200, admin.json("POST", "/admin/api/v1/accounts/" + id + "/deactivate", null).statusCode());
        return id;
    }

    private static long otherSitesAccount(String token) {
        Database.update("INSERT IGNORE INTO site (code, name, short_name, owner_name)"
                + " VALUES ('xa-thu-nhuan-but', 'Trang TTĐT xã thử nhuận bút', 'Xã thử', 'UBND xã thử')");
        String login = "xa.khac." + token;
        Database.update("INSERT INTO account (site_id, login, full_name, email, password_hash, password_changed_at, pen_name,"
                + " bank_account_number, created_at, updated_at) SELECT id, ?, 'Người xã khác', ?, 'x', UTC_TIMESTAMP(6), 'Người xã khác',"
                + " '9999000011', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM site WHERE code = 'xa-thu-nhuan-but'", login, login + "@xa.example.vn");
        return accountId(login);
    }

    /** The audited changes of the item's author accounts, oldest first, as "before -> after". */
    private static List<String> accountChanges(long item) {
        return Database.strings("SELECT details FROM audit_event WHERE action = 'AUTHOR_ACCOUNT_CHANGED' AND target_type = 'content-item' "
                + "AND target_id = ? ORDER BY id", Long.toString(item)).stream()
                .map(details -> details.replaceAll("^.*: ", ""))
                .toList();
    }

    private static List<String> lines(String month) {
        return Database.strings("SELECT l.line_key FROM payroll_line l JOIN payroll r ON r.id = l.payroll_id WHERE r.period = ? "
                + "ORDER BY l.line_key", month);
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }

    /** Every XML part of a spreadsheet as one text (fastexcel writes each character past '~' as {@code &#x…;}), to look for names. */
    static String xlsxText(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("payroll", ".xlsx");
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xml")) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.delete(file);
        }
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(text)
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
    }
}
