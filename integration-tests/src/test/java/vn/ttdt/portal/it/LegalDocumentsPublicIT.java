package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/** The public legal documents database: the page, the document page, its files, the API, RSS and sitemap. */
class LegalDocumentsPublicIT extends PortalIT {

    private final Portal citizen = Portal.anonymous();

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void nghiDinh42IsFoundByUnaccentedWordsAndByItsNumberOnThePageAndThroughTheApi() {
        for (String query : new String[] {"nghi dinh 42", "42/2022/NĐ-CP", "nghị định 42", "dich vu cong truc tuyen 42"}) {
            String page = citizen.get("/van-ban?q=" + encoded(query)).body();
            assertTrue(page.contains("href=\"/van-ban/nghi-dinh-42-2022-nd-cp\""), query);
            HttpResponse<String> api = citizen.get("/api/v1/legal-documents?q=" + encoded(query));
            assertEquals(200, api.statusCode());
            assertTrue(api.body().startsWith("{\"items\":[") && api.body().contains("\"number\":\"42/2022/NĐ-CP\""), api.body());
        }
        String filtered = citizen.get("/api/v1/legal-documents?year=2022&status=IN_FORCE&number=" + encoded("42/2022")).body();
        assertEquals("42/2022/NĐ-CP", Json.field(filtered, "number"));
        for (String field : new String[] {"id", "slug", "type", "issuer", "signer", "issuedOn", "effectiveOn", "summary", "status"}) {
            Json.field(filtered, field);
        }
        assertTrue(filtered.contains("\"files\":[") && filtered.contains("\"total\":"), filtered);
        assertEquals(400, citizen.get("/api/v1/legal-documents?status=BIEN_MAT").statusCode());
        assertEquals(404, citizen.get("/api/v1/legal-documents/khong-co-van-ban-nay").statusCode());
        assertEquals("42/2022/NĐ-CP", Json.field(citizen.get("/api/v1/legal-documents/nghi-dinh-42-2022-nd-cp").body(), "number"));
    }

    @Test
    void wordsOfTheSummaryFindADocumentInAnyOrderWithOrWithoutDiacriticsAndEveryWordMustBeThere() {
        String word = ContentFixture.token();
        String number = word + "/KH-UBND";
        LegalDocsFixture.created(Portal.as(Role.EDITOR), LegalDocsFixture.decreeJson(number, "UBND xã Xuân Đường",
                "2026-09-01", "2026-09-01", null, "Kế hoạch chuyển đổi số ở xã " + word + " năm 2026"));
        for (String query : new String[] {"chuyển đổi số " + word, "so doi chuyen " + word.toUpperCase(), "xa " + word,
                word + " Ở XÃ", "nghị định " + word + "/kh-ubnd", "xuan duong " + word}) {
            String api = Await.until("the API finds the document by '" + query + "'",
                    () -> citizen.get("/api/v1/legal-documents?q=" + encoded(query)).body(),
                    body -> body.contains("\"number\":\"" + number + "\""), Duration.ofSeconds(20));
            assertTrue(api.endsWith("\"total\":1}"), query + ": " + api);
            assertTrue(citizen.get("/van-ban?q=" + encoded(query)).body().contains(">" + number + "<"), query);
        }
        for (String query : new String[] {"chuyển đổi số thủ đô " + word, word + " 2025", word.substring(1)}) {
            assertTrue(citizen.get("/api/v1/legal-documents?q=" + encoded(query)).body().contains("\"total\":0"), query);
            assertFalse(citizen.get("/van-ban?q=" + encoded(query)).body().contains(">" + number + "<"), query);
        }
    }

    @Test
    void aReplacedDocumentNamesItsReplacementAndFiltersNarrowTheList() {
        String page = citizen.get("/van-ban/nghi-dinh-43-2011-nd-cp").body();
        assertTrue(page.contains("Bị thay thế") && page.contains("href=\"/van-ban/nghi-dinh-42-2022-nd-cp\""), page);
        assertTrue(page.contains("og:title") && page.contains("rel=\"canonical\""));
        String replaced = citizen.get("/van-ban?tinh-trang=REPLACED").body();
        assertTrue(replaced.contains("43/2011/NĐ-CP") && !replaced.contains(">42/2022/NĐ-CP<"));
        assertEquals(404, citizen.get("/van-ban/khong-co-van-ban-nay").statusCode());
    }

    @Test
    void aPdfIsShownInThePageAndDownloadedAndOtherFilesAreNotServed() throws Exception {
        Portal board = Portal.as(Role.EDITOR);
        String pdf = Json.field(board.upload("quyet-dinh-công-bố.pdf", LegalDocsFixture.pdf()).body(), "id");
        String other = Json.field(board.upload("khong-dinh-kem.pdf", LegalDocsFixture.pdf()).body(), "id");
        String number = ContentFixture.token() + "/QĐ-UBND";
        String slug = Json.field(LegalDocsFixture.created(board, LegalDocsFixture.decreeJson(number, "UBND huyện Cẩm Mỹ",
                "2026-10-01", "2026-10-01", null, "Công bố thủ tục hành chính").replace("\"summary\"", "\"fileIds\":[" + pdf + "],\"summary\"")), "slug");

        String page = citizen.get("/van-ban/" + slug).body();
        assertTrue(page.contains("<iframe class=\"legal-pdf\" src=\"/tep-van-ban/" + slug + "/" + pdf + "\""), page);
        HttpResponse<byte[]> inline = citizen.getBytes("/tep-van-ban/" + slug + "/" + pdf);
        assertEquals(200, inline.statusCode());
        assertEquals("application/pdf", inline.headers().firstValue("Content-Type").orElse(""));
        assertTrue(inline.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        assertEquals("nosniff", inline.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(new String(inline.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(citizen.getBytes("/tep-van-ban/" + slug + "/" + pdf + "?tai-ve").headers().firstValue("Content-Disposition")
                .orElse("").startsWith("attachment"));
        assertEquals(404, citizen.getBytes("/tep-van-ban/" + slug + "/" + other).statusCode(), "uploaded but not attached");
        assertEquals(404, citizen.getBytes("/tep-van-ban/nghi-dinh-42-2022-nd-cp/" + pdf).statusCode(), "attached to another document");
    }

    @Test
    void newDocumentsAreInTheFeedAndEveryDocumentInTheSitemap() {
        String rss = citizen.get("/rss-van-ban").body();
        assertTrue(rss.contains("<rss") && rss.contains("/van-ban/"), rss);
        String sitemap = citizen.get("/sitemap.xml").body();
        assertTrue(sitemap.contains("/van-ban</loc>") && sitemap.contains("/van-ban/nghi-dinh-18-2014-nd-cp</loc>"), sitemap);
    }
}
