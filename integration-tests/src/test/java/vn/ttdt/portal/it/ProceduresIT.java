package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/** The procedure catalogue and the one-stop results against the deployed portal: imports all or nothing, search, downloads. */
class ProceduresIT extends PortalIT {

    private static final Duration PUBLISHED = Duration.ofSeconds(20);

    private static String letters() {
        StringBuilder word = new StringBuilder();
        for (char c : ContentFixture.token().toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : Character.toLowerCase(c));
        }
        return word.toString().replaceAll("[^a-z]", "");
    }

    @Test
    void aCatalogueWithOneBadRecordStoresNothingAndAGoodOneIsFoundByUnaccentedWordsOnThePageAndInTheApi() {
        String word = letters();
        String code = "9." + word.length() + System.nanoTime() % 1_000_000;
        String name = "Thủ tục xác nhận đường đi lối xóm " + word;
        Portal editor = Portal.as(Role.EDITOR);

        HttpResponse<String> refused = editor.json("POST", "/admin/api/v1/import/procedures", ProceduresFixture.batch(
                ProceduresFixture.record(code, name, null),
                ProceduresFixture.record(code + ".2", name + " hai", "http://dichvucong.dongnai.gov.vn/x")));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("bản ghi 2.onlineUrl"), refused.body());
        assertEquals(404, Portal.anonymous().get("/api/v1/procedures/" + code).statusCode());
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM procedure_entry WHERE code LIKE ?", code + "%"));

        HttpResponse<String> imported = editor.json("POST", "/admin/api/v1/import/procedures", ProceduresFixture.batch(
                ProceduresFixture.record(code, name, "https://dichvucong.dongnai.gov.vn/dvc/t/thu-tuc?ma=" + code)));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals("1", Json.field(imported.body(), "created"));

        String unaccented = URLEncoder.encode("xac nhan duong di " + word, StandardCharsets.UTF_8);
        String api = Await.until("the API finds the procedure", () -> Portal.anonymous().get("/api/v1/procedures?q=" + unaccented).body(),
                body -> body.contains(code), PUBLISHED);
        assertTrue(api.contains("\"total\":1"), api);
        String page = Await.until("the catalogue page finds the procedure",
                () -> Portal.anonymous().get("/thu-tuc-hanh-chinh?q=" + unaccented + "&cap=" + URLEncoder.encode("Cấp xã", StandardCharsets.UTF_8)).body(),
                body -> body.contains(name), PUBLISHED);
        assertTrue(page.contains("/thu-tuc-hanh-chinh/" + code), page);
        HttpResponse<String> detail = Portal.anonymous().get("/thu-tuc-hanh-chinh/" + code);
        assertEquals(200, detail.statusCode());
        assertTrue(detail.body().contains("rel=\"external noopener noreferrer\""), "the province link is marked external");
        assertTrue(detail.body().contains("/van-ban?so=60%2F2014%2FQH13"), "legal basis links to the documents search");

        HttpResponse<String> again = editor.json("POST", "/admin/api/v1/import/procedures", ProceduresFixture.batch(
                ProceduresFixture.record(code, name + " sửa đổi", null)));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("1", Json.field(again.body(), "updated"));
        Await.until("the changed name is published", () -> Portal.anonymous().get("/api/v1/procedures/" + code).body(),
                body -> body.contains("sửa đổi") && !body.contains("onlineUrl"), PUBLISHED);
    }

    @Test
    void theBoardAddsChangesAndWithdrawsAProcedureThroughTheApiAndItsWordsFindItInAnyOrderWithOrWithoutDiacritics() {
        String word = letters();
        String code = "8." + System.nanoTime() % 1_000_000_000L;
        Portal editor = Portal.as(Role.EDITOR);
        HttpResponse<String> bad = editor.json("POST", "/admin/api/v1/procedures",
                ProceduresFixture.record("mã sai", " ", "http://dichvucong.dongnai.gov.vn/x"));
        assertEquals(400, bad.statusCode(), bad.body());
        for (String field : new String[] {"code", "name", "onlineUrl"}) {
            assertTrue(bad.body().contains("\"field\":\"" + field + "\""), field + ": " + bad.body());
        }
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM procedure_entry WHERE name LIKE ?", "%" + word + "%"));

        HttpResponse<String> created = editor.json("POST", "/admin/api/v1/procedures",
                ProceduresFixture.record(code, "Chứng thực chữ ký ở xã " + word, null));
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.field(created.body(), "id");
        String version = Json.field(created.body(), "version");
        for (String query : new String[] {word + " chu ky chung thuc", "Chứng thực chữ ký " + word.toUpperCase(), "xa " + word, "ho tich " + word}) {
            Await.until("the API finds the procedure by '" + query + "'",
                    () -> Portal.anonymous().get("/api/v1/procedures?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body(),
                    body -> body.contains("\"code\":\"" + code + "\"") && body.endsWith("\"total\":1}"), PUBLISHED);
        }
        String other = URLEncoder.encode("chung thuc dat dai " + word, StandardCharsets.UTF_8);
        assertTrue(Portal.anonymous().get("/api/v1/procedures?q=" + other).body().contains("\"total\":0"));
        assertTrue(editor.get("/admin/api/v1/procedures?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).body().contains(code));

        String changed = ProceduresFixture.record(code, "Chứng thực chữ ký người dịch " + word, null);
        assertEquals(409, editor.json("PUT", "/admin/api/v1/procedures/" + id,
                changed.replaceFirst("\\{", "{\"version\":" + (Long.parseLong(version) + 7) + ",")).statusCode());
        HttpResponse<String> updated = editor.json("PUT", "/admin/api/v1/procedures/" + id,
                changed.replaceFirst("\\{", "{\"version\":" + version + ","));
        assertEquals(200, updated.statusCode(), updated.body());
        Await.until("the changed name is published", () -> Portal.anonymous().get("/api/v1/procedures/" + code).body(),
                body -> body.contains("người dịch"), PUBLISHED);

        assertEquals(200, editor.json("POST", "/admin/api/v1/procedures/" + id + "/withdraw", "").statusCode());
        Await.until("the withdrawn procedure leaves the public API", () -> Portal.anonymous().get("/api/v1/procedures/" + code).statusCode(),
                status -> status == 404, PUBLISHED);
        assertEquals(List.of("PROCEDURE_CREATED", "PROCEDURE_UPDATED", "PROCEDURE_WITHDRAWN"), Database.strings(
                "SELECT action FROM audit_event WHERE target_type = 'procedure' AND target_id = ? ORDER BY id", id));
    }

    @Test
    void aPieceOfAProcedureCodeFindsItOnThePageAndThroughTheApi() {
        String digits = String.format("%09d", System.nanoTime() % 1_000_000_000L);
        String code = "6." + digits;
        HttpResponse<String> created = Portal.as(Role.EDITOR).json("POST", "/admin/api/v1/procedures",
                ProceduresFixture.record(code, "Cấp bản sao trích lục " + letters(), null));
        assertEquals(201, created.statusCode(), created.body());
        for (String piece : new String[] {code.substring(0, 8), digits.substring(3), code}) {
            String query = URLEncoder.encode(piece, StandardCharsets.UTF_8);
            Await.until("the API finds the procedure by '" + piece + "'", () -> Portal.anonymous().get("/api/v1/procedures?q=" + query).body(),
                    body -> body.contains("\"code\":\"" + code + "\"") && body.endsWith("\"total\":1}"), PUBLISHED);
            assertTrue(Portal.anonymous().get("/thu-tuc-hanh-chinh?q=" + query).body().contains("/thu-tuc-hanh-chinh/" + code), piece);
        }
        assertTrue(Portal.anonymous().get("/api/v1/procedures?q=" + digits.substring(3) + "x").body().endsWith("\"total\":0}"));
    }

    @Test
    void aCatalogueInTheProvincesSpreadsheetLayoutIsImportedAndAMissingColumnRefusesTheFile() {
        String word = letters();
        String code = "7." + System.nanoTime() % 1_000_000_000L;
        List<String> headers = List.of("STT", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện",
                "Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết", "Phí, lệ phí",
                "Đối tượng thực hiện", "Kết quả thực hiện", "Căn cứ pháp lý", "Mức độ trực tuyến", "Địa chỉ Cổng dịch vụ công");
        List<String> row = List.of("1", code, "Cấp bản sao trích lục hộ tịch " + word, "Hộ tịch", "Cấp xã", "UBND xã",
                "Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.", "Trực tiếp\nTrực tuyến", "Tờ khai cấp bản sao trích lục | 1",
                "03 ngày làm việc", "Miễn lệ phí", "Công dân Việt Nam", "Bản sao trích lục hộ tịch",
                "60/2014/QH13 | Luật Hộ tịch", "Toàn trình", "https://dichvucong.dongnai.gov.vn/tthc?ma=" + code);
        Portal editor = Portal.as(Role.EDITOR);

        HttpResponse<String> missing = editor.send("POST", "/admin/api/v1/import/procedures", ProceduresFixture.XLSX,
                ProceduresFixture.spreadsheet(headers.subList(0, 12), List.of(row.subList(0, 12))));
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("bản ghi 0.Kết quả thực hiện"), missing.body());
        HttpResponse<String> png = editor.send("POST", "/admin/api/v1/import/procedures", ProceduresFixture.XLSX,
                TestImages.scene(20, 20, "png", "x"));
        assertEquals(400, png.statusCode(), png.body());
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM procedure_entry WHERE code = ?", code));

        HttpResponse<String> imported = editor.send("POST", "/admin/api/v1/import/procedures", ProceduresFixture.XLSX,
                ProceduresFixture.spreadsheet(headers, List.of(row)));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals("1", Json.field(imported.body(), "created"));
        String api = Await.until("the imported procedure is published", () -> Portal.anonymous().get("/api/v1/procedures/" + code).body(),
                body -> body.contains("\"code\":\"" + code + "\""), PUBLISHED);
        assertTrue(api.contains("\"channels\":[\"IN_PERSON\",\"ONLINE\"]") && api.contains("\"onlineLevel\":\"FULL\""), api);
        assertTrue(api.contains("\"number\":\"60/2014/QH13\""), api);
    }

    @Test
    void aOneStopMonthIsStoredAllOrNothingReplacedWhenImportedAgainAndPublishedWithItsChart() {
        String period = "2004-05";
        String path = "/admin/api/v1/import/one-stop?period=" + period;
        Portal approver = Portal.as(Role.APPROVER);

        HttpResponse<String> bad = approver.send("POST", path, "text/csv", ProceduresFixture.csv(period,
                "Xã Bảo Bình,50,4,10,40,2,2,0,0", "Xã Lâm San,30,0,5,20,1,2,0,1"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("dòng 3") && bad.body().contains("tiếp nhận 30"), bad.body());
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM one_stop_result WHERE period = ?", period));

        HttpResponse<String> good = approver.send("POST", path, "text/csv", ProceduresFixture.csv(period,
                "Xã Bảo Bình,50,4,10,40,2,2,0,0", "Xã Lâm San,30,0,5,20,1,3,0,1"));
        assertEquals(200, good.statusCode(), good.body());
        assertEquals("2", Json.field(good.body(), "units"));

        HttpResponse<String> replaced = approver.send("POST", path, "text/csv", ProceduresFixture.csv(period,
                "Xã Sông Nhạn,12,0,2,9,1,0,0,0"));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals("2", Json.field(replaced.body(), "replaced"));
        assertEquals(List.of("Xã Sông Nhạn"), Database.strings("SELECT u.short_name FROM one_stop_result r JOIN unit u"
                + " ON u.id = r.unit_id WHERE r.period = ?", period));

        String page = Await.until("the month is published", () -> Portal.anonymous().get("/ket-qua-giai-quyet-tthc?ky=" + period).body(),
                body -> body.contains("UBND xã Sông Nhạn"), PUBLISHED);
        assertFalse(page.contains("UBND xã Bảo Bình"), "the replaced month no longer shows the units it dropped");
        assertTrue(page.contains("<svg") && page.contains("id=\"chart-units-title\"") && page.contains("91,7 %"), page);
        assertFalse(page.replaceAll("<script src=\"/resources/js/(placements|rating|visits)\\.js\" defer=\"defer\"></script>", "")
                .contains("<script"), "the charts need no script (the shell's banner rotation, rating and visit-counting scripts aside)");
    }

    @Test
    void badFilesAreRefusedClearlyAndNothingIsStored() {
        String period = "2004-06";
        String path = "/admin/api/v1/import/one-stop?period=" + period;
        Portal editor = Portal.as(Role.EDITOR);
        byte[] windows = new String(ProceduresFixture.csv(period, "UBND xã Xuân Đường,5,0,1,4,0,0,0,0"), StandardCharsets.UTF_8)
                .getBytes(Charset.forName("windows-1258"));
        HttpResponse<String> encoding = editor.send("POST", path, "text/csv", windows);
        assertEquals(400, encoding.statusCode());
        assertTrue(encoding.body().contains("UTF-8"), encoding.body());
        HttpResponse<String> png = editor.send("POST", path, "text/csv", TestImages.scene(20, 20, "png", "x"));
        assertEquals(400, png.statusCode(), png.body());
        HttpResponse<String> negative = editor.send("POST", path, "text/csv", ProceduresFixture.csv(period, "Xã Xuân Mỹ,-5,0,0,0,0,0,0,0"));
        assertTrue(negative.statusCode() == 400 && negative.body().contains("dòng 2.tiep_nhan_moi"), negative.body());
        assertEquals(400, editor.send("POST", "/admin/api/v1/import/one-stop?period=2004-13", "text/csv",
                ProceduresFixture.csv("2004-13", "Xã Xuân Mỹ,1,0,0,1,0,0,0,0")).statusCode());
        assertEquals(400, editor.send("POST", "/admin/api/v1/import/one-stop?period=2999-01", "text/csv",
                ProceduresFixture.csv("2999-01", "Xã Xuân Mỹ,1,0,0,1,0,0,0,0")).statusCode());
        assertEquals(400, editor.json("POST", "/admin/api/v1/import/procedures", "{\"procedures\":[]}").statusCode());
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM one_stop_result WHERE period = ?", period));
    }

    @Test
    void aSampleDossierIsDownloadedFromItsProcedureAndNoOtherUploadIsServedThere() {
        HttpResponse<String> page = Portal.anonymous().get("/thu-tuc-hanh-chinh/1.001193");
        assertEquals(200, page.statusCode());
        Matcher link = Pattern.compile("href=\"(/ho-so-mau/[0-9a-f]{32})\"").matcher(page.body());
        assertTrue(link.find(), page.body());
        HttpResponse<byte[]> pdf = Portal.anonymous().bytes(link.group(1));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", pdf.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        String photo = Json.field(Portal.as(Role.CONTRIBUTOR).upload("anh.png", TestImages.scene(40, 30, "png", "A")).body(), "key");
        assertEquals(404, Portal.anonymous().bytes("/ho-so-mau/" + photo).statusCode(), "an item's upload is not a sample dossier");
        assertEquals(404, Portal.anonymous().bytes("/ho-so-mau/" + "0".repeat(32)).statusCode());
        assertEquals(404, Portal.anonymous().get("/thu-tuc-hanh-chinh/khong-co-ma-nay").statusCode());
        assertEquals(404, Portal.anonymous().get("/api/v1/procedures/khong-co-ma-nay").statusCode());
    }
}
