package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/** Legal documents and posting requests through the back-office API, against the deployed EAR and MariaDB. */
class LegalDocumentsIT extends PortalIT {

    private final Portal board = Portal.as(Role.APPROVER);

    @Test
    void aUnitsRequestIsPostedAnotherDeclinedAndTheUnitFollowsBoth() {
        LegalDocsFixture.Reporter unit = LegalDocsFixture.newReporter("Đăng tải");
        String token = ContentFixture.token();
        String toPost = LegalDocsFixture.submitted(unit, "11/KH-UBND-" + token, "Kế hoạch chuyển đổi số " + token);
        String toDecline = LegalDocsFixture.submitted(unit, "12/GM-UBND-" + token, "Giấy mời họp " + token);

        String inbox = board.json("GET", "/admin/api/v1/posting-requests/open?size=200", null).body();
        assertTrue(inbox.contains("Kế hoạch chuyển đổi số " + token) && inbox.contains("\"ageDays\":0"), inbox);

        HttpResponse<String> posted = board.json("POST", "/admin/api/v1/posting-requests/" + toPost + "/post",
                LegalDocsFixture.decreeJson("11/KH-UBND-" + token, "UBND xã Đăng tải " + token, "2026-11-02", "2026-11-02",
                        null, "Kế hoạch chuyển đổi số " + token));
        assertEquals(200, posted.statusCode(), posted.body());
        assertEquals("POSTED", Json.field(posted.body(), "state"));
        assertEquals("11/KH-UBND-" + token, Json.field(posted.body().substring(posted.body().indexOf("\"document\"")), "number"));

        HttpResponse<String> noReason = board.json("POST", "/admin/api/v1/posting-requests/" + toDecline + "/decline", "{\"reason\":\" \"}");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("Vui lòng nêu lý do từ chối"), noReason.body());
        HttpResponse<String> declined = board.json("POST", "/admin/api/v1/posting-requests/" + toDecline + "/decline",
                "{\"reason\":\"Giấy mời họp nội bộ không đăng công khai\"}");
        assertEquals("DECLINED", Json.field(declined.body(), "state"));
        HttpResponse<String> again = board.json("POST", "/admin/api/v1/posting-requests/" + toDecline + "/post",
                LegalDocsFixture.decreeJson("12/GM-UBND-" + token, "UBND xã", "2026-11-02", "2026-11-02", null, "x"));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("đã được xử lý"), again.body());
        assertEquals("0", Database.strings("SELECT COUNT(*) FROM legal_document WHERE number = ?", "12/GM-UBND-" + token).get(0),
                "nothing stored half-way");

        String mine = unit.api().json("GET", "/admin/api/v1/posting-requests/mine", null).body();
        assertTrue(mine.contains("\"state\":\"POSTED\"") && mine.contains("\"state\":\"DECLINED\"")
                && mine.contains("Giấy mời họp nội bộ không đăng công khai"), mine);
        assertEquals(2, Database.strings("SELECT received_at FROM posting_request WHERE unit_id = ? AND "
                + "(posted_at IS NOT NULL OR declined_at IS NOT NULL)", unit.unitId()).size());
        assertEquals("4", Database.strings("SELECT COUNT(*) FROM audit_event WHERE target_type = 'posting-request' "
                + "AND target_id IN (?, ?)", toPost, toDecline).get(0), "two submitted, one posted, one declined");
    }

    @Test
    void theBoardAddsAndRenamesATypeAndItsDocumentsAreFoundByTheNewName() {
        String word = ContentFixture.token();
        HttpResponse<String> created = board.json("POST", "/admin/api/v1/legal-documents/terms",
                "{\"kind\":\"TYPE\",\"name\":\"Hướng dẫn " + word + "\",\"sortOrder\":20}");
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.field(created.body(), "id");
        assertEquals("huong-dan-" + word, Json.field(created.body(), "code"));
        HttpResponse<String> twin = board.json("POST", "/admin/api/v1/legal-documents/terms",
                "{\"kind\":\"TYPE\",\"name\":\"HUONG DAN " + word + "\"}");
        assertEquals(400, twin.statusCode(), twin.body());
        assertTrue(twin.body().contains("Đã có mục"), twin.body());
        assertEquals(400, board.json("POST", "/admin/api/v1/legal-documents/terms", "{\"kind\":\"TYPE\",\"name\":\" \"}").statusCode());

        String number = word + "/HD-UBND";
        LegalDocsFixture.created(board, LegalDocsFixture.decreeJson(number, "UBND huyện Cẩm Mỹ", "2026-08-03", "2026-08-03", null,
                "Thực hiện chế độ báo cáo thống kê").replaceFirst("\"typeId\":[0-9]+", "\"typeId\":" + id));
        String api = "/api/v1/legal-documents?q=";
        assertTrue(Portal.anonymous().get(api + URLEncoder.encode("huong dan " + word, StandardCharsets.UTF_8)).body().contains(number));

        HttpResponse<String> renamed = board.json("PUT", "/admin/api/v1/legal-documents/terms/" + id,
                "{\"kind\":\"TYPE\",\"name\":\"Chỉ dẫn " + word + "\",\"sortOrder\":21}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("huong-dan-" + word, Json.field(renamed.body(), "code"));
        Await.until("the document is found by its type's new name",
                () -> Portal.anonymous().get(api + URLEncoder.encode("chi dan " + word, StandardCharsets.UTF_8)).body(),
                body -> body.contains(number), java.time.Duration.ofSeconds(20));
        assertTrue(Portal.anonymous().get(api + URLEncoder.encode("huong dan " + word, StandardCharsets.UTF_8)).body().contains("\"total\":0"));
        assertEquals(400, board.json("PUT", "/admin/api/v1/legal-documents/terms/" + id,
                "{\"kind\":\"FIELD\",\"name\":\"Chỉ dẫn " + word + "\"}").statusCode());
        assertEquals(java.util.List.of("LEGAL_TERM_CREATED", "LEGAL_TERM_UPDATED"), Database.strings(
                "SELECT action FROM audit_event WHERE target_type = 'legal-term' AND target_id = ? ORDER BY id", id));
    }

    @Test
    void aUnitReporterAsksForTheirOwnUnitOnlyAndSeesOnlyItsRequests() {
        LegalDocsFixture.Reporter one = LegalDocsFixture.newReporter("Một");
        LegalDocsFixture.Reporter other = LegalDocsFixture.newReporter("Khác");
        HttpResponse<String> forOther = one.api().json("POST", "/admin/api/v1/posting-requests",
                "{\"unitId\":" + other.unitId() + ",\"summary\":\"Xin đăng hộ\"}");
        assertEquals(400, forOther.statusCode());
        assertTrue(forOther.body().contains("chỉ gửi đề nghị đăng tải cho đơn vị của mình"), forOther.body());

        String id = LegalDocsFixture.submitted(one, "3/TB-" + ContentFixture.token(), "Thông báo lịch tiếp dân");
        assertEquals(200, one.api().json("GET", "/admin/api/v1/posting-requests/" + id, null).statusCode());
        assertEquals(404, other.api().json("GET", "/admin/api/v1/posting-requests/" + id, null).statusCode());
        assertEquals(403, other.api().json("POST", "/admin/api/v1/posting-requests/" + id + "/decline", "{\"reason\":\"x\"}").statusCode());
        assertEquals(false, other.api().json("GET", "/admin/api/v1/posting-requests/mine", null).body().contains("\"id\":" + id + ","));
    }

    @Test
    void aNumberIsUniquePerIssuingBodyWhateverItsCaseOrDiacritics() {
        String number = ContentFixture.token() + "/2026/NĐ-CP";
        LegalDocsFixture.created(board, LegalDocsFixture.decreeJson(number, "Chính phủ", "2026-01-05", "2026-02-20", null, "Quy định thử"));

        HttpResponse<String> again = board.json("POST", "/admin/api/v1/legal-documents",
                LegalDocsFixture.decreeJson(number.toLowerCase().replace("đ", "d"), "CHÍNH PHỦ", "2026-01-05", "2026-02-20", null, "Trùng"));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("đã có trên cổng"), again.body());
        LegalDocsFixture.created(board, LegalDocsFixture.decreeJson(number, "UBND tỉnh Đồng Nai", "2026-01-05", "2026-02-20", null, "Cơ quan khác"));
    }

    @Test
    void datesOutOfOrderAndMissingFieldsAreRefusedInVietnameseAndNothingIsStored() {
        String number = ContentFixture.token() + "/2026/NĐ-CP";
        HttpResponse<String> early = board.json("POST", "/admin/api/v1/legal-documents",
                LegalDocsFixture.decreeJson(number, "Chính phủ", "2026-03-10", "2026-03-09", null, "Sai ngày"));
        assertEquals(400, early.statusCode());
        assertTrue(early.body().contains("Ngày có hiệu lực không được trước ngày ban hành"), early.body());
        HttpResponse<String> expiry = board.json("POST", "/admin/api/v1/legal-documents",
                LegalDocsFixture.decreeJson(number, "Chính phủ", "2026-03-10", "2026-03-10", "2026-03-10", "Sai ngày"));
        assertTrue(expiry.body().contains("Ngày hết hiệu lực phải sau ngày có hiệu lực"), expiry.body());
        HttpResponse<String> empty = board.json("POST", "/admin/api/v1/legal-documents", "{}");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Vui lòng nhập số ký hiệu văn bản"), empty.body());
        HttpResponse<String> malformed = board.json("POST", "/admin/api/v1/legal-documents", "{\"number\":");
        assertEquals(400, malformed.statusCode(), malformed.body());

        assertEquals("0", Database.strings("SELECT COUNT(*) FROM legal_document WHERE number = ?", number).get(0));
    }

    @Test
    void aDocumentIsFoundByItsNumberAndByUnaccentedWordsOfItsSummary() throws Exception {
        String token = ContentFixture.token();
        String number = (System.nanoTime() % 900_000 + 100_000) + "/2022/NĐ-CP";
        String pdf = Json.field(board.upload("nghi-dinh.pdf", LegalDocsFixture.pdf()).body(), "id");
        String created = LegalDocsFixture.created(board, LegalDocsFixture.decreeJson(number, "Chính phủ", "2022-06-24", "2022-08-15",
                        null, "Quy định về cung cấp thông tin trực tuyến " + token)
                .replace("\"summary\"", "\"fileIds\":[" + pdf + "],\"summary\""));
        assertEquals("IN_FORCE", Json.field(created, "status"));
        assertEquals("PDF", Json.field(created, "format"));

        for (String query : new String[] {"nghi dinh " + number.substring(0, 6), number, "cung cap thong tin truc tuyen " + token,
                "Nghị định " + number.substring(0, 6) + " " + token}) {
            String found = board.json("GET", "/admin/api/v1/legal-documents?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null).body();
            assertTrue(found.contains("\"number\":\"" + number + "\""), query + " → " + found);
        }
        String byPrefix = board.json("GET", "/admin/api/v1/legal-documents?number=" + URLEncoder.encode(number.substring(0, 11),
                StandardCharsets.UTF_8) + "&status=IN_FORCE&year=2022", null).body();
        assertEquals("1", Json.field(byPrefix, "total"), byPrefix);
    }

    private static String importedDocument(String number, String issued, String effective, String extra) {
        return """
                {"type":"quyet-dinh","level":"tinh","field":"bao-chi-thong-tin","number":"%s","issuer":"UBND tỉnh Đồng Nai",
                 "signer":"Trần Văn Vĩnh","issuedOn":"%s","effectiveOn":"%s","summary":"Quy định mức chi nhuận bút %s"%s}"""
                .formatted(number, issued, effective, number, extra);
    }

    @Test
    void anImportedBatchIsSavedWholeWithItsReplacementAndRequests() {
        String token = ContentFixture.token();
        String old = "29/" + token + "/QĐ-UBND";
        String replacement = "46/" + token + "/QĐ-UBND";
        String batch = "{\"documents\":[" + importedDocument(old, "2015-08-24", "2015-09-03",
                ",\"status\":\"REPLACED\",\"replacedBy\":{\"number\":\"" + replacement + "\",\"issuer\":\"UBND tỉnh Đồng Nai\"}")
                + "," + importedDocument(replacement, "2018-11-02", "2018-11-15", "") + "],\"postingRequests\":["
                + "{\"unit\":\"Xã Xuân Đường\",\"receivedAt\":\"2018-11-03T08:00:00+07:00\",\"number\":\"" + replacement
                + "\",\"summary\":\"Xin đăng\",\"state\":\"POSTED\",\"decidedAt\":\"2018-11-05T09:30:00+07:00\","
                + "\"document\":{\"number\":\"" + replacement + "\",\"issuer\":\"UBND tỉnh Đồng Nai\"}},"
                + "{\"unit\":\"Xã Sông Ray\",\"receivedAt\":\"2018-11-04T08:00:00+07:00\",\"summary\":\"Giấy mời " + token
                + "\",\"state\":\"DECLINED\",\"decidedAt\":\"2018-11-04T15:00:00+07:00\",\"declineReason\":\"Văn bản nội bộ\"}]}";

        HttpResponse<String> imported = Portal.as(Role.IT_ADMIN).json("POST", "/admin/api/v1/import/legal-documents", batch);

        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals("{\"documents\":2,\"postingRequests\":2}", imported.body());
        assertEquals(java.util.List.of("REPLACED"), Database.strings("SELECT status FROM legal_document WHERE number = ?", old));
        assertEquals(java.util.List.of("2018-11-05 02:30"), Database.strings("SELECT DATE_FORMAT(r.posted_at, '%Y-%m-%d %H:%i') FROM posting_request r "
                + "JOIN legal_document d ON d.id = r.document_id WHERE d.number = ?", replacement));
    }

    @Test
    void aBatchWithBadRecordsIsRefusedWholeWithNumberedVietnameseProblems() {
        String token = ContentFixture.token();
        String good = "7/" + token + "/QĐ-UBND";
        String batch = "{\"documents\":[" + importedDocument(good, "2020-01-02", "2020-01-10", "") + ","
                + importedDocument("8/" + token + "/QĐ-UBND", "2020-03-10", "2020-03-01", "") + ","
                + importedDocument(good.toLowerCase(), "2020-01-02", "2020-01-10", "") + ","
                + importedDocument("9/" + token + "/QĐ-UBND", "2020-01-02", "2020-01-10", "").replace("quyet-dinh", "sac-lenh") + "],"
                + "\"postingRequests\":[{\"unit\":\"Xã Không Có\",\"receivedAt\":\"2020-01-05\",\"summary\":\"x\"}]}";

        HttpResponse<String> refused = Portal.as(Role.APPROVER).json("POST", "/admin/api/v1/import/legal-documents", batch);

        assertEquals(400, refused.statusCode(), refused.body());
        for (String expected : new String[] {"bản ghi 2.effectiveOn", "Ngày có hiệu lực không được trước ngày ban hành",
                "bản ghi 3.number", "đã có trên cổng", "bản ghi 4.type", "sac-lenh", "bản ghi 5.unit", "bản ghi 5.receivedAt"}) {
            assertTrue(refused.body().contains(expected), expected + " in " + refused.body());
        }
        assertEquals("0", Database.strings("SELECT COUNT(*) FROM legal_document WHERE number LIKE ?", "%/" + token + "/%").get(0),
                "nothing stored half-way");
        HttpResponse<String> malformed = Portal.as(Role.APPROVER).json("POST", "/admin/api/v1/import/legal-documents",
                "{\"documents\":[{\"number\": 42");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("không phải JSON hợp lệ"), malformed.body());
    }
}
