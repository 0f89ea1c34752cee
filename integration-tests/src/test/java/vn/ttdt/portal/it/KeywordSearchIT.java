package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Search by keywords through the public page and the public API (issue 15): every word in any order
 * and field, the ranking, approximate results, quotes and exclusions. Every item and query carries a
 * fresh token, so that other classes' items never match. It runs beside other classes: items they publish at the
 * same moment may reach the index out of publication order, and the index then answers as it stands while it is built
 * again (FollowedIndexTest), approximate matches included.
 */
class KeywordSearchIT extends PortalIT {

    private static final String APPROXIMATE = "Không có kết quả chứa đủ các từ; hiển thị kết quả gần đúng";

    private final Portal visitor = Portal.anonymous();

    @Test
    void findsItemsHoldingEveryWordInAnyOrderAndField() {
        String t = ContentFixture.token();
        ContentFixture.publish("Xã Xuân Đường về đích nông thôn mới " + t, "<p>Huyện Cẩm Mỹ trao bằng công nhận.</p>");
        ContentFixture.publish("Xã Sông Ray khánh thành trường học " + t, "<p>Ngôi trường mới khang trang.</p>");
        ContentFixture.publish("Hội Nông dân ra quân " + t, "<p>Bà con Sông Ray góp công; cả xã cùng làm.</p>");

        String rural = api("nông thôn mới Cẩm Mỹ " + t);
        assertEquals("1", Json.field(rural, "total"), rural);
        assertTrue(rural.contains("Xã Xuân Đường về đích nông thôn mới " + t), rural);
        assertEquals("false", Json.field(rural, "approximate"), rural);

        String school = api("trường học Sông Ray " + t);
        assertEquals("1", Json.field(school, "total"), school);
        assertTrue(school.contains("Xã Sông Ray khánh thành trường học " + t), school);

        String folded = api("song ray xa " + t);
        assertEquals("2", Json.field(folded, "total"), folded);

        String commune = api("xã Sông Ray " + t);
        assertEquals("2", Json.field(commune, "total"), commune);
        assertBefore(commune, "Xã Sông Ray khánh thành", "Hội Nông dân ra quân");

        String page = visitor.get("/tim-kiem?q=" + encode("nông thôn mới Cẩm Mỹ " + t)).body();
        assertTrue(page.contains("Tìm thấy 1 kết quả"), page);
        assertTrue(page.contains("về đích"), page);
        assertFalse(page.contains(APPROXIMATE), page);
    }

    @Test
    void ranksWordsTogetherFirstThenExactDiacriticsThenTitleBeforeBody() {
        String t = ContentFixture.token();
        ContentFixture.publish("Tin vắn " + t, "<p>Sở Nội vụ kiểm tra cải cách hành chính " + t + ".</p>");
        ContentFixture.publish("Hành chính, cải tiến cách làm " + t, "<p>Tin ngắn.</p>");
        assertBefore(api("cải cách hành chính " + t), "Tin vắn " + t, "Hành chính, cải tiến cách làm " + t);

        String e = ContentFixture.token();
        ContentFixture.publish("Cải cách lề lối " + e, "<p>a</p>");
        ContentFixture.publish("Cai cách lề lối " + e, "<p>b</p>");
        assertBefore(api("cải cách lề lối " + e), "Cải cách lề lối " + e, "Cai cách lề lối " + e);

        String b = ContentFixture.token();
        ContentFixture.publish("Khánh thành cầu " + b, "<p>Cầu mới.</p>");
        ContentFixture.publish("Tin ngắn " + b, "<p>Huyện khánh thành cầu " + b + " hôm qua.</p>");
        String page = visitor.get("/tim-kiem?q=" + encode("khánh thành cầu " + b)).body();
        assertBefore(page, "Khánh thành cầu", "Tin ngắn"); // the page marks the searched words
    }

    @Test
    void showsTheItemsHoldingMostWordsWhenNoneHoldsAll() {
        String a = ContentFixture.token();
        String b = ContentFixture.token();
        String missing = ContentFixture.token();
        ContentFixture.publish("Trường học " + a + " " + b, "<p>Khai giảng.</p>");
        ContentFixture.publish("Trạm y tế " + a, "<p>Khám bệnh.</p>");

        String found = api(a + " " + b + " " + missing);
        assertEquals("true", Json.field(found, "approximate"), found);
        assertEquals("2", Json.field(found, "total"), found);
        assertBefore(found, "Trường học " + a, "Trạm y tế " + a);

        String page = visitor.get("/tim-kiem?q=" + encode(a + " " + b + " " + missing)).body();
        assertTrue(page.contains(APPROXIMATE), page);
        assertBefore(page, "Trường học", "Trạm y tế");

        String none = api(missing);
        assertEquals("0", Json.field(none, "total"), none);
        assertEquals("false", Json.field(none, "approximate"), none);
    }

    @Test
    void quotedTextIsAPhraseAndALeadingDashExcludes() {
        String t = ContentFixture.token();
        ContentFixture.publish("Cải cách hành chính " + t, "<p>a</p>");
        ContentFixture.publish("Hành chính cải cách " + t, "<p>b</p>");
        ContentFixture.publish("Cải cách hành chính huyện " + t, "<p>c</p>");

        String quoted = api("\"cải cách hành chính\" " + t);
        assertEquals("2", Json.field(quoted, "total"), quoted);
        assertFalse(quoted.contains("Hành chính cải cách " + t), quoted);

        String excluding = api("cải cách hành chính " + t + " -huyện");
        assertEquals("2", Json.field(excluding, "total"), excluding);
        assertFalse(excluding.contains("Cải cách hành chính huyện " + t), excluding);

        String page = visitor.get("/tim-kiem?q=" + encode("cải cách hành chính " + t + " -huyện")).body();
        assertTrue(page.contains("Tìm thấy 2 kết quả"), page);
    }

    @Test
    void aChangeWrittenByAnotherNodeIsFoundWithinSecondsWithoutAnEventOnThisOne() {
        String slug = ContentFixture.publish("Tin gốc " + ContentFixture.token(), "<p>Nội dung.</p>");
        String t = ContentFixture.token();
        assertEquals(1, Database.update("UPDATE content_item SET title = ?, search_text = ?, updated_at = UTC_TIMESTAMP(6)"
                + " WHERE slug = ?", "Tin sửa " + t, " tin sua " + t + " ", slug));

        String found = Await.until("the search to take in the row changed past this node", () -> api(t),
                body -> "1".equals(Json.field(body, "total")), Duration.ofSeconds(30));
        assertTrue(found.contains("Tin sửa " + t), found);
    }

    private static void assertBefore(String body, String first, String second) {
        int a = body.indexOf(first);
        int b = body.indexOf(second);
        assertTrue(a >= 0 && b >= 0 && a < b, "“" + first + "” before “" + second + "” in " + body);
    }

    private String api(String query) {
        var response = visitor.get("/api/v1/items?q=" + encode(query));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
