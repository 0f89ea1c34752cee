package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Legal documents and posting requests for tests, made through the back-office API as the board and the units make
 * them: unit reporters of fresh units, documents with unique numbers (put a {@link ContentFixture#token()} in them).
 */
final class LegalDocsFixture {

    static final String PASSWORD = "Kiem-Thu-Van-Ban-2026";

    /** A unit reporter of a unit made for the test. */
    record Reporter(String login, long unitId, Portal api) {
    }

    private LegalDocsFixture() {
    }

    /** A new commune unit and its unit reporter. */
    static Reporter newReporter(String name) {
        String token = ContentFixture.token();
        Portal admin = Portal.as(Role.IT_ADMIN);
        String group = Database.strings("SELECT id FROM unit_group WHERE code = 'COMMUNES'").get(0);
        HttpResponse<String> unit = admin.json("POST", "/admin/api/v1/units", """
                {"name":"UBND xã %s %s","shortName":"Xã %s %s","groupId":%s}""".formatted(name, token, name, token, group));
        assertEquals(201, unit.statusCode(), unit.body());
        long unitId = Long.parseLong(Json.field(unit.body(), "id"));
        String login = "daumoi." + token;
        HttpResponse<String> account = admin.json("POST", "/admin/api/v1/accounts", """
                {"account":{"login":"%s","fullName":"Cán bộ đầu mối %s","email":"%s@cammy.example.vn",
                 "roles":["UNIT_REPORTER"],"unitId":%d},"password":"%s"}""".formatted(login, name, login, unitId, PASSWORD));
        assertEquals(201, account.statusCode(), account.body());
        return new Reporter(login, unitId, Portal.basic(login, PASSWORD));
    }

    static String term(String kind, String code) {
        return Database.strings("SELECT t.id FROM legal_term t JOIN site s ON s.id = t.site_id WHERE s.code = 'default' "
                + "AND t.kind = ? AND t.code = ?", kind, code).get(0);
    }

    /** A decree of the Government with these number, dates (ISO days, expiry may be null) and summary. */
    static String decreeJson(String number, String issuer, String issuedOn, String effectiveOn, String expiresOn, String summary) {
        return """
                {"typeId":%s,"levelId":%s,"fieldId":%s,"number":"%s","issuer":"%s","signer":"Phạm Minh Chính",
                 "issuedOn":"%s","effectiveOn":"%s",%s"summary":"%s"}""".formatted(term("TYPE", "nghi-dinh"),
                term("LEVEL", "trung-uong"), term("FIELD", "bao-chi-thong-tin"), number, issuer, issuedOn, effectiveOn,
                expiresOn == null ? "" : "\"expiresOn\":\"" + expiresOn + "\",", summary);
    }

    static String created(Portal board, String json) {
        HttpResponse<String> response = board.json("POST", "/admin/api/v1/legal-documents", json);
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }

    /** A request of {@code reporter}'s unit naming a document; returns its id. */
    static String submitted(Reporter reporter, String number, String summary) {
        HttpResponse<String> response = reporter.api().json("POST", "/admin/api/v1/posting-requests", """
                {"number":"%s","typeName":"Kế hoạch","issuer":"UBND xã","issuedOn":"2026-11-02","summary":"%s"}"""
                .formatted(number, summary));
        assertEquals(201, response.statusCode(), response.body());
        return Json.field(response.body(), "id");
    }

    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        }
    }
}
