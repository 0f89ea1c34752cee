package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/** The category tree through /admin/api/v1/categories: slugs, parents, order, hiding, and what citizens then see. */
class CategoryTreeIT extends PortalIT {

    private final Portal admin = Portal.as(Role.IT_ADMIN);
    private final Portal approver = Portal.as(Role.APPROVER);
    private final Portal visitor = Portal.anonymous();

    @Test
    void aNewCategoryGetsItsSlugFromItsNameAndIsOnThePortalAtOnce() {
        String token = ContentFixture.token();
        visitor.get("/");
        HttpResponse<String> created = create(admin, "Văn hóa Xuân Lộc " + token, "", null, true);
        assertEquals(201, created.statusCode(), created.body());
        String slug = Json.field(created.body(), "slug");
        assertEquals("van-hoa-xuan-loc-" + token, slug);
        assertEquals(200, visitor.get("/chuyen-muc/" + slug).statusCode());
        assertEquals("MISS", visitor.get("/").headers().firstValue("X-Cache").orElse(""), "the cached pages are stale");
        assertTrue(visitor.get("/api/v1/categories").body().contains("\"slug\":\"" + slug + "\""));
        assertTrue(admin.get("/admin/api/v1/audit-events?action=CATEGORY_CREATED").body().contains(slug));
    }

    @Test
    void slugsAreCheckedAndUniqueInTheSite() {
        String token = ContentFixture.token();
        HttpResponse<String> bad = create(approver, "Tin sai đường dẫn", "Văn Hóa " + token, null, true);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("chỉ gồm chữ thường không dấu"), bad.body());
        HttpResponse<String> taken = create(approver, "Trùng đường dẫn", "cai-cach-hanh-chinh", null, true);
        assertEquals(400, taken.statusCode());
        assertTrue(taken.body().contains("Đường dẫn này đã được chuyên mục khác sử dụng."), taken.body());
        HttpResponse<String> noName = create(approver, " ", "", null, true);
        assertEquals(400, noName.statusCode());
        assertTrue(noName.body().contains("Vui lòng nhập tên chuyên mục."), noName.body());
    }

    @Test
    void childrenFollowTheirParentInTheTreeAndCannotBecomeItsParent() {
        String token = ContentFixture.token();
        String parent = Json.field(create(admin, "Cha " + token, "cha-" + token, null, true).body(), "id");
        HttpResponse<String> child = create(admin, "Con " + token, "con-" + token, parent, true);
        assertEquals(201, child.statusCode(), child.body());
        assertEquals("1", Json.field(child.body(), "depth"));
        String tree = admin.get("/admin/api/v1/categories/tree").body();
        assertTrue(tree.indexOf("\"slug\":\"cha-" + token) < tree.indexOf("\"slug\":\"con-" + token), tree);

        String childId = Json.field(child.body(), "id");
        HttpResponse<String> cycle = admin.json("PUT", "/admin/api/v1/categories/" + parent,
                draft("Cha " + token, "cha-" + token, childId, true, null));
        assertEquals(400, cycle.statusCode(), cycle.body());
        assertTrue(cycle.body().contains("Không thể đặt chuyên mục vào bên trong chính nó"), cycle.body());
    }

    @Test
    void siblingsMoveUpAndDown() {
        String token = ContentFixture.token();
        String parent = Json.field(create(admin, "Nhóm " + token, "nhom-" + token, null, true).body(), "id");
        String first = Json.field(create(admin, "Thứ nhất " + token, "mot-" + token, parent, true).body(), "id");
        create(admin, "Thứ hai " + token, "hai-" + token, parent, true);
        assertEquals(200, admin.json("POST", "/admin/api/v1/categories/" + first + "/move-down", null).statusCode());
        String tree = admin.get("/admin/api/v1/categories/tree").body();
        assertTrue(tree.indexOf("\"slug\":\"hai-" + token) < tree.indexOf("\"slug\":\"mot-" + token), tree);
        admin.json("POST", "/admin/api/v1/categories/" + first + "/move-up", null);
        tree = admin.get("/admin/api/v1/categories/tree").body();
        assertTrue(tree.indexOf("\"slug\":\"mot-" + token) < tree.indexOf("\"slug\":\"hai-" + token), tree);
    }

    @Test
    void aHiddenCategoryAndItsItemsLeaveThePortalUntilShownAgain() {
        String token = ContentFixture.token();
        HttpResponse<String> created = create(approver, "Tạm ẩn " + token, "tam-an-" + token, null, true);
        String id = Json.field(created.body(), "id");
        assertEquals(200, visitor.get("/chuyen-muc/tam-an-" + token).statusCode());

        HttpResponse<String> hidden = approver.json("POST", "/admin/api/v1/categories/" + id + "/hide", null);
        assertEquals("false", Json.field(hidden.body(), "visible"));
        assertEquals(404, visitor.get("/chuyen-muc/tam-an-" + token).statusCode());
        assertFalse(visitor.get("/api/v1/categories").body().contains("tam-an-" + token));
        assertTrue(admin.get("/admin/api/v1/categories/tree").body().contains("tam-an-" + token), "kept, only hidden");

        approver.json("POST", "/admin/api/v1/categories/" + id + "/show", null);
        assertEquals(200, visitor.get("/chuyen-muc/tam-an-" + token).statusCode());
    }

    @Test
    void hidingACategoryHidesItsSubcategoriesAndTheirItemsEverywhereUntilShownAgain() {
        String token = ContentFixture.token();
        String parent = Json.field(create(approver, "Tin các xã " + token, "tin-cac-xa-" + token, null, true).body(), "id");
        String child = "xa-long-giao-" + token;
        String childId = Json.field(create(approver, "Xã Long Giao " + token, child, parent, true).body(), "id");
        String slug = ContentFixture.publishDraft(ContentFixture.draftJson("Long Giao ra quân " + token, "<p>Tin xã.</p>", childId));
        List<String> listings = List.of("/", "/api/v1/items", "/api/v1/items?q=" + token, "/api/v1/items?category=" + child,
                "/tim-kiem?q=" + token, "/chuyen-muc/" + child, "/rss", "/rss/" + child, "/sitemap.xml");
        for (String path : listings) {
            assertTrue(visitor.get(path).body().contains(slug), path + " lists the item while its categories are shown");
        }

        assertEquals(200, approver.json("POST", "/admin/api/v1/categories/" + parent + "/hide", null).statusCode());
        for (String path : List.of("/tin/" + slug, "/api/v1/items/" + slug, "/chuyen-muc/" + child, "/rss/" + child)) {
            assertEquals(404, visitor.get(path).statusCode(), path + " under a hidden category");
        }
        for (String path : List.of("/", "/api/v1/items", "/api/v1/items?q=" + token, "/api/v1/items?category=" + child,
                "/tim-kiem?q=" + token, "/rss", "/sitemap.xml", "/api/v1/categories")) {
            String body = visitor.get(path).body();
            assertFalse(body.contains(slug) || body.contains(child), path + " still shows the subcategory or its item");
        }
        assertEquals("0", Json.field(visitor.get("/api/v1/items?category=" + child).body(), "total"));
        String tree = admin.get("/admin/api/v1/categories/tree").body();
        assertTrue(tree.contains("\"slug\":\"" + child + "\""), "kept in the tree");

        approver.json("POST", "/admin/api/v1/categories/" + parent + "/show", null);
        for (String path : listings) {
            assertTrue(visitor.get(path).body().contains(slug), path + " lists the item again");
        }
    }

    @Test
    void anItemInAHiddenCategoryIsSavedAgainWhereItIs() {
        String token = ContentFixture.token();
        String category = Json.field(create(approver, "Lưu trữ " + token, "luu-tru-" + token, null, true).body(), "id");
        Portal contributor = Portal.as(Role.CONTRIBUTOR);
        String id = Json.field(contributor.json("POST", "/admin/api/v1/items",
                ContentFixture.draftJson("Tin chờ chuyên mục " + token, "<p>Bản đầu</p>", category)).body(), "id");
        approver.json("POST", "/admin/api/v1/categories/" + category + "/hide", null);

        HttpResponse<String> saved = contributor.json("PUT", "/admin/api/v1/items/" + id,
                ContentFixture.draftJson("Tin chờ chuyên mục " + token + " (sửa)", "<p>Bản hai</p>", category));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(category, Json.field(saved.body(), "categoryId"));
    }

    @Test
    void noNewItemGoesIntoAHiddenCategoryNorIsMovedIntoOne() {
        String token = ContentFixture.token();
        String parent = Json.field(create(approver, "Tin cũ " + token, "tin-cu-" + token, null, true).body(), "id");
        String child = Json.field(create(approver, "Tin cũ của xã " + token, "tin-cu-xa-" + token, parent, true).body(), "id");
        String shown = Json.field(create(approver, "Tin mới " + token, "tin-moi-" + token, null, true).body(), "id");
        approver.json("POST", "/admin/api/v1/categories/" + parent + "/hide", null);
        Portal contributor = Portal.as(Role.CONTRIBUTOR);

        for (String hidden : List.of(parent, child)) {
            HttpResponse<String> refused = contributor.json("POST", "/admin/api/v1/items",
                    ContentFixture.draftJson("Tin vào chuyên mục ẩn " + token, "<p>x</p>", hidden));
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("Chuyên mục đã chọn đang ẩn"), refused.body());
        }
        assertEquals(List.of(), Database.strings("SELECT id FROM content_item WHERE title = ?", "Tin vào chuyên mục ẩn " + token));

        String id = Json.field(contributor.json("POST", "/admin/api/v1/items",
                ContentFixture.draftJson("Tin chuyên mục hiện " + token, "<p>x</p>", shown)).body(), "id");
        HttpResponse<String> moved = contributor.json("PUT", "/admin/api/v1/items/" + id,
                ContentFixture.draftJson("Tin chuyên mục hiện " + token, "<p>y</p>", child));
        assertEquals(400, moved.statusCode(), moved.body());
        assertTrue(moved.body().contains("Chuyên mục đã chọn đang ẩn"), moved.body());
        assertEquals(List.of(shown), Database.strings("SELECT category_id FROM content_item WHERE id = ?", Long.parseLong(id)));
    }

    @Test
    void aCategoryOfAnotherSiteIsRefusedLikeAnUnknownOne() {
        String token = ContentFixture.token();
        Database.update("INSERT IGNORE INTO site (code, name, short_name, owner_name)"
                + " VALUES ('xa-thu-chuyen-muc', 'Trang TTĐT xã thử', 'Xã thử', 'UBND xã thử')");
        Database.update("INSERT INTO category (site_id, name, slug) SELECT id, ?, ? FROM site WHERE code = 'xa-thu-chuyen-muc'",
                "Tin xã thử " + token, "tin-xa-thu-" + token);
        String foreign = Database.strings("SELECT id FROM category WHERE slug = ?", "tin-xa-thu-" + token).get(0);
        Portal contributor = Portal.as(Role.CONTRIBUTOR);

        HttpResponse<String> refused = contributor.json("POST", "/admin/api/v1/items",
                ContentFixture.draftJson("Tin vào trang khác " + token, "<p>x</p>", foreign));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Chuyên mục đã chọn không tồn tại."), refused.body());
        HttpResponse<String> unknown = contributor.json("POST", "/admin/api/v1/items",
                ContentFixture.draftJson("Tin vào chuyên mục không có " + token, "<p>x</p>", "999999999"));
        assertEquals(refused.body(), unknown.body(), "the same answer as for an unknown category");

        String created = ContentFixture.created(contributor, "Tin của trang này " + token, "<p>x</p>");
        HttpResponse<String> moved = contributor.json("PUT", "/admin/api/v1/items/" + Json.field(created, "id"),
                ContentFixture.draftJson("Tin của trang này " + token, "<p>y</p>", foreign));
        assertEquals(400, moved.statusCode(), moved.body());
        assertTrue(moved.body().contains("Chuyên mục đã chọn không tồn tại."), moved.body());
        assertEquals(List.of(), Database.strings("SELECT id FROM content_item WHERE category_id = ?", Long.parseLong(foreign)));
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefused() {
        String token = ContentFixture.token();
        HttpResponse<String> created = create(admin, "Phiên bản " + token, "phien-ban-" + token, null, true);
        String id = Json.field(created.body(), "id");
        String version = Json.field(created.body(), "version");
        assertEquals(200, admin.json("PUT", "/admin/api/v1/categories/" + id,
                draft("Phiên bản mới " + token, "phien-ban-" + token, null, true, version)).statusCode());
        assertEquals(409, admin.json("PUT", "/admin/api/v1/categories/" + id,
                draft("Phiên bản cũ " + token, "phien-ban-" + token, null, true, version)).statusCode());
    }

    private static HttpResponse<String> create(Portal who, String name, String slug, String parentId, boolean visible) {
        return who.json("POST", "/admin/api/v1/categories", draft(name, slug, parentId, visible, null));
    }

    private static String draft(String name, String slug, String parentId, boolean visible, String version) {
        return "{\"name\":\"%s\",\"slug\":\"%s\",\"description\":\"Mô tả %s\",\"parentId\":%s,\"visible\":%s,\"version\":%s}"
                .formatted(name, slug, name, parentId, visible, version);
    }
}
