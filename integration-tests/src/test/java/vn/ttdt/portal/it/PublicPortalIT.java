package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import vn.ttdt.portal.organisation.domain.Role;

/** What citizens see: pages, friendly addresses, Vietnamese search with or without diacritics, the public API. */
@Isolated("asserts pages served from the page cache, which any publication elsewhere empties")
class PublicPortalIT extends PortalIT {

    private final Portal visitor = Portal.anonymous();

    @Test
    void searchingWithoutDiacriticsFindsTheVietnameseTitle() {
        String body = api("/api/v1/items?q=" + encode("cai cach hanh chinh"));
        assertTrue(body.contains("Xã Xuân Đường đẩy mạnh cải cách hành chính năm 2023"), body);
    }

    @Test
    void oneAndTwoLetterSyllablesAreSearchableAndDFoldsToD() {
        for (String[] queryAndTitle : new String[][] {{"xã", "Xã Xuân Đường"}, {"ủy ban", "Xã Xuân Đường đẩy mạnh"} /* in its body */,
                {"di chua", "Đi chùa Gia Lào"}, {"Đi chùa", "Đi chùa Gia Lào"}}) {
            String found = api("/api/v1/items?q=" + encode(queryAndTitle[0]));
            assertTrue(found.contains(queryAndTitle[1]), queryAndTitle[0] + " → " + found);
        }
        String noPartial = api("/api/v1/items?q=" + encode("chu"));
        assertTrue(noPartial.contains("\"total\":0"), "syllables match whole: " + noPartial);
    }

    @Test
    void aQueryWithDiacriticsRanksTheExactSpellingFirst() {
        String token = ContentFixture.token();
        ContentFixture.publish("Cải cách lề lối " + token, "<p>a</p>");
        ContentFixture.publish("Cài cách lề lối " + token, "<p>b</p>");
        String body = api("/api/v1/items?q=" + encode("cải cách lề lối " + token));
        assertTrue(body.contains("\"total\":2"), body);
        assertTrue(body.indexOf("Cải cách lề lối") < body.indexOf("Cài cách lề lối"), body);

        String other = api("/api/v1/items?q=" + encode("cài cách lề lối " + token));
        assertTrue(other.indexOf("Cài cách lề lối") < other.indexOf("Cải cách lề lối"), other);
    }

    @Test
    void searchFollowsEditsAndWithdrawalsOfPublishedItems() {
        String token = ContentFixture.token();
        String slug = ContentFixture.publish("Hội thi cắm hoa nghệ thuật " + token,
                "<p>Giải nhất thuộc về ấp Suối Râm " + token + ".</p>");
        String id = Database.strings("SELECT id FROM content_item WHERE slug = ?", slug).get(0);
        assertEquals(1L, total("hoi thi cam hoa nghe thuat " + token));
        assertEquals(1L, total("ấp Suối Râm " + token));

        HttpResponse<String> edited = Portal.as(Role.APPROVER).json("PUT", "/admin/api/v1/items/" + id,
                ContentFixture.draftJson("Hội thi nấu ăn ngon " + token, "<p>Giải nhất thuộc về ấp Suối Cả " + token + ".</p>"));
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals(1L, total("hoi thi nau an ngon " + token), "the new title is found");
        assertEquals(0L, total("hoi thi cam hoa nghe thuat " + token), "the old title no longer matches");
        assertEquals(0L, total("ap suoi ram " + token), "nor the old body");
        assertEquals(1L, total("ấp Suối Cả " + token));

        ContentFixture.step(Portal.as(Role.APPROVER), id, "UNPUBLISH", "Tạm gỡ để kiểm tra");
        assertEquals(0L, total("hoi thi nau an ngon " + token), "a withdrawn item is not found");
        ContentFixture.step(Portal.as(Role.APPROVER), id, "REPUBLISH", null);
        assertEquals(1L, total("hội thi nấu ăn ngon " + token), "found again once published again");
    }

    @Test
    void listingsLeaveTheBodyToTheItemsOwnAnswer() {
        String token = ContentFixture.token();
        String slug = ContentFixture.publish("Lễ hội văn hóa dân gian " + token, "<p>Nội dung đầy đủ " + token + ".</p>");
        String listing = api("/api/v1/items?q=" + encode("le hoi van hoa dan gian " + token));
        assertTrue(listing.contains("\"slug\":\"" + slug + "\""), listing);
        assertFalse(listing.contains("\"body\"") || listing.contains("Nội dung đầy đủ"), listing);
        assertTrue(api("/api/v1/items/" + slug).contains("Nội dung đầy đủ " + token), "the item's own answer has its body");
    }

    @Test
    void searchPagingLinksCarryTheQueryEncoded() {
        String page = visitor.get("/tim-kiem?q=" + encode("Xuân Đường") + "&trang=2").body();
        assertTrue(page.contains("href=\"/tim-kiem?q=Xu%C3%A2n+%C4%90%C6%B0%E1%BB%9Dng&amp;trang=1\""), page);
    }

    /** How many items hold every word; 0 when the answer is approximate (items holding only some of them). */
    private long total(String query) {
        String found = api("/api/v1/items?q=" + encode(query));
        return "true".equals(Json.field(found, "approximate")) ? 0 : Long.parseLong(Json.field(found, "total"));
    }

    @Test
    void theApiFiltersByCategoryAndPagesWithTotals() {
        String body = api("/api/v1/items?category=du-lich&size=1&page=0");
        assertTrue(body.contains("\"category\":{\"name\":\"Du lịch\",\"slug\":\"du-lich\"}")
                || body.contains("\"category\":{\"slug\":\"du-lich\""), body);
        assertTrue(body.matches("(?s).*\"total\":[1-9].*"), body);
        String categories = api("/api/v1/categories");
        assertTrue(categories.contains("\"slug\":\"cai-cach-hanh-chinh\""), categories);
    }

    @Test
    void badParametersAnswer400WithAMessageAndUnknownSlugs404() {
        for (String query : List.of("size=0", "size=101", "page=-1", "page=abc", "from=2023-13-01", "unit=x",
                "from=2023-06-30&to=2023-06-01")) {
            HttpResponse<String> response = visitor.get("/api/v1/items?" + query);
            assertEquals(400, response.statusCode(), query + " -> " + response.body());
            assertTrue(response.body().contains("\"message\""), response.body());
        }
        assertEquals(404, visitor.get("/api/v1/items/khong-co-bai-nay").statusCode());
        assertEquals(404, visitor.get("/tin/khong-co-bai-nay").statusCode());
    }

    @Test
    void publicPagesShowPublishedItemsWithFriendlyAddressesAndNoSession() {
        String token = ContentFixture.token();
        String slug = ContentFixture.publish("Ngày hội đại đoàn kết " + token, "<p>Ấp Suối Râm tổ chức ngày hội.</p>");
        for (String path : List.of("/", "/tin/" + slug, "/chuyen-muc/cai-cach-hanh-chinh", "/tim-kiem?q=" + encode("dai doan ket"))) {
            HttpResponse<String> page = visitor.get(path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().replace("<mark>", "").replace("</mark>", "").contains("Ngày hội đại đoàn kết " + token), path);
            assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), path + " created a session");
        }
        String item = visitor.get("/tin/" + slug).body();
        assertTrue(item.contains("<meta property=\"og:title\" content=\"Ngày hội đại đoàn kết " + token + "\""), item);
        assertTrue(item.contains("Ấp Suối Râm tổ chức ngày hội."));
        String search = visitor.get("/tim-kiem?q=" + encode("dai doan ket")).body();
        assertTrue(search.contains("<mark>đại đoàn kết</mark>"), search);
    }

    @Test
    void pagesAreServedFromTheCacheUntilSomethingIsPublished() {
        visitor.get("/");
        HttpResponse<String> cached = visitor.get("/");
        assertEquals("HIT", cached.headers().firstValue("X-Cache").orElse(""), "second visit of the home page");

        String title = "Tin mới làm mới bộ đệm " + ContentFixture.token();
        String slug = ContentFixture.publish(title, "<p>Bộ đệm phải được làm mới.</p>");
        HttpResponse<String> fresh = visitor.get("/");
        assertEquals("MISS", fresh.headers().firstValue("X-Cache").orElse(""));
        assertTrue(fresh.body().contains(title), "the new item is on the home page at once");

        HttpResponse<String> rendered = visitor.get("/tin/" + slug);
        HttpResponse<String> item = visitor.get("/tin/" + slug);
        assertEquals("HIT", item.headers().firstValue("X-Cache").orElse(""));
        assertTrue(item.body().contains(title));
        assertEquals(rendered.body(), item.body(), "the kept page is the rendered one");
        for (String header : List.of("Content-Type", "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
                "X-Frame-Options")) {
            assertEquals(rendered.headers().allValues(header), item.headers().allValues(header), header + " of a kept page");
            assertFalse(item.headers().allValues(header).isEmpty(), header + " of a kept page");
        }
        assertTrue(item.headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f]{32}"), "a kept page's request id");
        HttpResponse<String> tracked = visitor.get("/tin/" + slug + "?utm_source=zalo&x=1");
        assertEquals("HIT", tracked.headers().firstValue("X-Cache").orElse(""), "parameters the page does not read share its entry");
        assertEquals(item.body(), tracked.body());
        visitor.get("/tin/khong-co-bai-nay");
        HttpResponse<String> missing = visitor.get("/tin/khong-co-bai-nay");
        assertEquals(404, missing.statusCode(), "a missing page is never cached as a page");
        assertEquals("MISS", missing.headers().firstValue("X-Cache").orElseThrow());
    }

    /**
     * Every cached page kind, first rendered for a request full of input that is not part of its key, then asked for
     * plainly: the plain answer is that same entry and carries none of the input. Headers a trusted proxy forwards
     * (X-Forwarded-Host, Forwarded, X-Forwarded-Proto) name another host or scheme, so their page is kept apart: the
     * plain visit must not show them either. A timer of another test (scheduled publishing) may move the published
     * content between the two visits; the round is then repeated with a new change.
     */
    @Test
    void requestInputOutsideAPagesKeyNeverReachesItsCachedCopy() {
        List<String> missedAfterAChange = List.of();
        for (int round = 1; round <= 3; round++) {
            missedAfterAChange = poisonEveryPageKindAndVisitItPlainly();
            if (missedAfterAChange.isEmpty()) {
                return;
            }
        }
        fail("served plainly without coming from the entry the odd request filled: " + missedAfterAChange);
    }

    private List<String> poisonEveryPageKindAndVisitItPlainly() {
        String token = ContentFixture.token();
        String scam = "Goi0909" + token;
        String slug = TagsAndRelatedIT.publish("Tin kiểm tra bộ đệm " + token, "\"tags\":[\"bộ đệm " + token + "\"]");
        String poison = "q=" + scam + "&utm_source=" + scam + "&lang=" + scam + "&" + scam + "=1&page=" + scam;
        String[] headers = {"Accept-Language", "en", "Referer", "http://" + scam + ".example/", "User-Agent", scam,
                "X-Original-URL", "/" + scam};
        String[] forwarded = {"X-Forwarded-Host", scam + ".example", "Forwarded", "host=" + scam + ".example",
                "X-Forwarded-Proto", "https"};
        List<String> pages = List.of("/", "/index.xhtml", "/gioi-thieu.xhtml", "/tin/" + slug, "/chuyen-muc/cai-cach-hanh-chinh",
                "/the/bo-dem-" + token, "/tim-kiem?q=" + encode("kiem tra bo dem " + token), "/rss", "/rss/cai-cach-hanh-chinh",
                "/sitemap.xml");
        for (String page : pages) {
            HttpResponse<byte[]> poisoned = visitor.bytes(page + (page.contains("?") ? "&" : "?") + poison, headers);
            assertEquals(200, poisoned.statusCode(), page);
            assertEquals("MISS", poisoned.headers().firstValue("X-Cache").orElse(""), page + ": the first visit after a change renders");
        }
        List<String> missed = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<String> plain = visitor.get(page);
            assertFalse(plain.body().contains(scam), page + " shows what another visitor typed: " + plain.body());
            if (!"HIT".equals(plain.headers().firstValue("X-Cache").orElse(""))) {
                missed.add(page);
            }
        }
        for (String page : pages) {
            visitor.bytes(page + (page.contains("?") ? "&" : "?") + poison, forwarded);
            assertFalse(visitor.get(page).body().contains(scam), page + " shows a host another visitor's proxy headers named");
        }
        return missed;
    }

    private String api(String path) {
        HttpResponse<String> response = visitor.get(path);
        assertEquals(200, response.statusCode(), path + " -> " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("UTF-8"));
        return response.body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
