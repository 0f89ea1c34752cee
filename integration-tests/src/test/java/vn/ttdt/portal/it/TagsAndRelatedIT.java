package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import vn.ttdt.portal.organisation.domain.Role;

/** Keywords and related items: normalised on save, on the item page and API, tag pages with paging, the fallback list. */
@Isolated("asserts pages served from the page cache, which any publication elsewhere empties")
class TagsAndRelatedIT extends PortalIT {

    private final Portal contributor = Portal.as(Role.CONTRIBUTOR);
    private final Portal visitor = Portal.anonymous();

    @Test
    void tagsAreNormalisedShownOnTheItemPageAndListedOnTheirPage() {
        String token = ContentFixture.token();
        String slug = publish("Tin có từ khóa " + token, "\"tags\":[\"  #Một   cửa \",\"một cửa\",\"Từ khóa " + token + "\"]");

        String item = visitor.get("/api/v1/items/" + slug).body();
        assertTrue(item.contains("{\"name\":\"Một cửa\",\"slug\":\"mot-cua\"}") || item.contains("{\"slug\":\"mot-cua\",\"name\":\"Một cửa\"}"), item);
        assertEquals(2, item.split("\"slug\":\"(mot-cua|tu-khoa-" + token + ")\"").length - 1, item);

        String page = visitor.get("/tin/" + slug).body();
        assertTrue(page.contains("href=\"/the/tu-khoa-" + token + "\" rel=\"tag\">Từ khóa " + token + "</a>"), page);

        HttpResponse<String> tagPage = visitor.get("/the/tu-khoa-" + token);
        assertEquals(200, tagPage.statusCode());
        assertTrue(tagPage.body().contains("Tin, bài có từ khóa “Từ khóa " + token + "”"), tagPage.body());
        assertTrue(tagPage.body().contains("href=\"/tin/" + slug + "\""), tagPage.body());
        assertTrue(visitor.get("/api/v1/items?tag=tu-khoa-" + token).body().contains("\"total\":1"));
        assertEquals(404, visitor.get("/the/khong-co-tu-khoa-" + token).statusCode());
    }

    @Test
    void aTagPageIsCachedAndRefreshedWhenAnotherItemWithTheTagIsPublished() {
        String token = ContentFixture.token();
        String first = publish("Tin thứ nhất " + token, "\"tags\":[\"loạt " + token + "\"]");
        String address = "/the/loat-" + token;
        visitor.get(address);
        HttpResponse<String> again = visitor.get(address);
        assertEquals("HIT", again.headers().firstValue("X-Cache").orElse(""));

        String second = publish("Tin thứ hai " + token, "\"tags\":[\"Loạt " + token + "\"]");
        HttpResponse<String> refreshed = visitor.get(address);
        assertEquals("MISS", refreshed.headers().firstValue("X-Cache").orElse(""));
        assertTrue(refreshed.body().indexOf("/tin/" + second) < refreshed.body().indexOf("/tin/" + first), refreshed.body());
    }

    @Test
    void aTagPageHasPagesOfTenItems() {
        String token = ContentFixture.token();
        for (int i = 1; i <= 11; i++) {
            publish("Tin số " + i + " " + token, "\"tags\":[\"trang " + token + "\"]");
        }
        String firstPage = visitor.get("/the/trang-" + token).body();
        assertEquals(10, firstPage.split("class=\"item-card\"").length - 1);
        assertTrue(firstPage.contains("Trang 1/2"), firstPage);
        String secondPage = visitor.get("/the/trang-" + token + "?trang=2").body();
        assertEquals(1, secondPage.split("class=\"item-card\"").length - 1);
        assertTrue(secondPage.contains("Tin số 1 " + token), secondPage);
    }

    @Test
    void aTagThatNoItemCitizensSeeCarriesHasNoPageLikeAnUnknownTag() {
        String token = ContentFixture.token();
        Portal approver = Portal.as(Role.APPROVER);
        String category = Json.field(approver.json("POST", "/admin/api/v1/categories",
                "{\"name\":\"Chuyên mục sẽ ẩn %s\",\"slug\":\"se-an-%s\",\"visible\":true}".formatted(token, token)).body(), "id");
        ContentFixture.publishDraft(withFields(ContentFixture.draftJson("Tin trong chuyên mục sẽ ẩn " + token, "<p>x</p>", category),
                "\"tags\":[\"Ẩn theo chuyên mục " + token + "\"]"));
        String withdrawn = publish("Tin sẽ gỡ " + token, "\"tags\":[\"Gỡ khỏi cổng " + token + "\"]");
        String underHidden = "/the/an-theo-chuyen-muc-" + token;
        String ofWithdrawn = "/the/go-khoi-cong-" + token;
        assertEquals(200, visitor.get(underHidden).statusCode());
        assertEquals(200, visitor.get(ofWithdrawn).statusCode());

        assertEquals(200, approver.json("POST", "/admin/api/v1/categories/" + category + "/hide", null).statusCode());
        String withdrawnId = Json.field(visitor.get("/api/v1/items/" + withdrawn).body(), "id");
        assertEquals("UNPUBLISHED", ContentFixture.state(ContentFixture.step(approver, withdrawnId, "UNPUBLISH", null)));

        HttpResponse<String> hiddenTag = visitor.get(underHidden);
        assertEquals(404, hiddenTag.statusCode(), "only an item of a hidden category carries the tag");
        assertFalse(hiddenTag.body().contains("Ẩn theo chuyên mục " + token), hiddenTag.body());
        HttpResponse<String> withdrawnTag = visitor.get(ofWithdrawn);
        assertEquals(404, withdrawnTag.statusCode(), "only a withdrawn item carries the tag");
        assertFalse(withdrawnTag.body().contains("Gỡ khỏi cổng " + token), withdrawnTag.body());
        assertTrue(visitor.get("/api/v1/items?tag=an-theo-chuyen-muc-" + token).body().contains("\"total\":0"));

        approver.json("POST", "/admin/api/v1/categories/" + category + "/show", null);
        assertEquals(200, visitor.get(underHidden).statusCode(), "the category is shown again");
    }

    @Test
    void theItemPageShowsTheRelatedItemsTheEditorChoseInTheirOrder() {
        String token = ContentFixture.token();
        String older = publish("Bài nền thứ nhất " + token, null);
        String newer = publish("Bài nền thứ hai " + token, null);
        String olderId = Json.field(visitor.get("/api/v1/items/" + older).body(), "id");
        String newerId = Json.field(visitor.get("/api/v1/items/" + newer).body(), "id");
        String slug = publish("Tin có tin liên quan " + token, "\"relatedIds\":[" + newerId + "," + olderId + "," + newerId + "]");

        String api = visitor.get("/api/v1/items/" + slug).body();
        assertEquals(List.of(newer, older), relatedSlugs(api));
        String page = visitor.get("/tin/" + slug).body();
        assertTrue(page.contains("<h2 id=\"related-title\">Tin liên quan</h2>"), page);
        assertTrue(page.indexOf("href=\"/tin/" + newer + "\"") < page.indexOf("href=\"/tin/" + older + "\""), page);
        assertFalse(visitor.get("/api/v1/items?q=" + token).body().contains("\"related\""), "listings carry no related items");
    }

    @Test
    void withoutAChoiceTheNewestOfTheCategorySharingATagComeFirst() {
        String token = ContentFixture.token();
        String sharing = publish("Tin chung từ khóa " + token, "\"tags\":[\"chung " + token + "\"]");
        String newest = publish("Tin mới cùng chuyên mục " + token, null);
        String slug = publish("Tin không chọn tin liên quan " + token, "\"tags\":[\"chung " + token + "\"]");

        List<String> related = relatedSlugs(visitor.get("/api/v1/items/" + slug).body());
        assertTrue(related.size() <= 5, related.toString());
        assertEquals(List.of(sharing, newest), related.subList(0, 2));
        assertFalse(related.contains(slug));
    }

    @Test
    void onlyPublishedItemsCanBeChosenAsRelated() {
        String token = ContentFixture.token();
        String draftId = Json.field(ContentFixture.created(contributor, "Bản nháp " + token, "<p>x</p>"), "id");
        HttpResponse<String> refused = contributor.json("POST", "/admin/api/v1/items",
                withFields(ContentFixture.draftJson("Tin liên quan nháp " + token, "<p>x</p>"), "\"relatedIds\":[" + draftId + "]"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Tin liên quan phải là tin, bài đã đăng."), refused.body());
    }

    @Test
    void savingWithoutTagsKeepsThemAndElevenTagsAreRefused() {
        String token = ContentFixture.token();
        String created = ContentFixture.created(contributor, "Tin giữ từ khóa " + token, "<p>x</p>");
        String id = Json.field(created, "id");
        HttpResponse<String> tagged = contributor.json("PUT", "/admin/api/v1/items/" + id,
                withFields(ContentFixture.draftJson("Tin giữ từ khóa " + token, "<p>x</p>"), "\"tags\":[\"giữ lại\"]"));
        assertEquals(200, tagged.statusCode(), tagged.body());
        HttpResponse<String> untouched = contributor.json("PUT", "/admin/api/v1/items/" + id,
                ContentFixture.draftJson("Tin giữ từ khóa " + token, "<p>y</p>"));
        assertTrue(untouched.body().contains("\"tags\":[\"giữ lại\"]"), untouched.body());

        String eleven = "\"tags\":[" + String.join(",", java.util.stream.IntStream.rangeClosed(1, 11)
                .mapToObj(i -> "\"khóa " + i + "\"").toList()) + "]";
        HttpResponse<String> refused = contributor.json("PUT", "/admin/api/v1/items/" + id,
                withFields(ContentFixture.draftJson("Tin giữ từ khóa " + token, "<p>x</p>"), eleven));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("tối đa 10 từ khóa"), refused.body());
    }

    /** Publishes an item of the category "Cải cách hành chính" with extra JSON fields; returns its slug. */
    static String publish(String title, String fields) {
        String json = ContentFixture.draftJson(title, "<p>Nội dung " + title + "</p>");
        return ContentFixture.publishDraft(fields == null ? json : withFields(json, fields));
    }

    static String withFields(String json, String fields) {
        return json.substring(0, json.lastIndexOf('}')) + "," + fields + "}";
    }

    private static List<String> relatedSlugs(String json) {
        int start = json.indexOf("\"related\":[");
        assertTrue(start >= 0, json);
        String related = json.substring(start, json.indexOf(']', start));
        List<String> slugs = new ArrayList<>();
        Matcher m = Pattern.compile("\"slug\":\"([^\"]+)\"").matcher(related);
        while (m.find()) {
            slugs.add(m.group(1));
        }
        return slugs;
    }
}
