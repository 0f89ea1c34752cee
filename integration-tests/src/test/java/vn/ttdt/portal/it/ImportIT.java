package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/** Import from the old portal through the API: original dates and states kept, all or nothing per batch. */
class ImportIT extends PortalIT {

    private final Portal approver = Portal.as(Role.APPROVER);

    @Test
    void aValidBatchKeepsTheOriginalPublicationTimeAndState() {
        String token = ContentFixture.token();
        HttpResponse<String> response = approver.json("POST", "/admin/api/v1/import/items", batch(token, "Xã Xuân Đường"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("1", Json.field(response.body(), "categories"));
        assertEquals("2", Json.field(response.body(), "items"));

        String published = Portal.anonymous().get("/api/v1/items?category=tin-cu-" + token).body();
        assertTrue(published.contains("\"total\":1"), published);
        assertEquals("2022-05-01T01:30:00Z", Json.field(published, "publishedAt"));
        assertTrue(published.contains("Bài cũ đã đăng " + token));
        assertEquals(List.of("UNPUBLISHED"), Database.strings("SELECT state FROM content_item WHERE title = ?", "Bài cũ đã gỡ " + token));
        assertTrue(!published.contains("<script"), published);
    }

    @Test
    void aBadRecordRefusesTheWholeBatchWithItsNumber() {
        String token = ContentFixture.token();
        HttpResponse<String> response = approver.json("POST", "/admin/api/v1/import/items", batch(token, "Không có đơn vị này"));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("bản ghi 3.sourceUnit"), response.body());
        assertTrue(response.body().contains("không bản ghi nào được nhập"), response.body());
        assertEquals(List.of(), Database.strings("SELECT slug FROM category WHERE slug = ?", "tin-cu-" + token));
        assertEquals(List.of(), Database.strings("SELECT title FROM content_item WHERE title LIKE ?", "%" + token));
    }

    @Test
    void everyProblemOfABadBatchIsNumberedByItsRecordInTheImportsWording() {
        String token = ContentFixture.token();
        HttpResponse<String> response = approver.json("POST", "/admin/api/v1/import/items", """
                {"categories":[{"slug":"Tin Cũ!","name":"Tin cũ %1$s"}],
                 "items":[
                  {"kind":"PHOTO","genre":"NEWS_OR_REPLY","title":"Bài lỗi %1$s","lead":"Sapo","body":"<p>x</p>",
                   "category":"khong-co-%1$s","sourceUnit":"Xã Long Giao","state":"PUBLISHED","publishedAt":"hôm qua",
                   "authors":[{"name":"Ngọc Lan","share":60}]},
                  {"kind":"NEWS","genre":"NEWS_OR_REPLY","title":"Bài lỗi đơn vị %1$s","lead":"Sapo","body":"<p>x</p>",
                   "category":"cai-cach-hanh-chinh","sourceUnit":"Không có %1$s","state":"DRAFT",
                   "authors":[{"name":"Ngọc Lan","share":100}]},
                  null]}""".formatted(token));

        assertEquals(400, response.statusCode(), response.body());
        String body = response.body();
        for (String problem : List.of(
                "bản ghi 1.slug\",\"message\":\"Địa chỉ (slug) chuyên mục chỉ gồm a-z, 0-9, dấu gạch, tối đa 120 ký tự.",
                "bản ghi 2.kind\",\"message\":\"Loại phải là NEWS hoặc ARTICLE.",
                "bản ghi 2.category\",\"message\":\"Chuyên mục “khong-co-" + token + "” không có trong lô hay trên cổng.",
                "bản ghi 2.publishedAt\",\"message\":\"Thời điểm đăng phải theo ISO-8601 có múi giờ, ví dụ 2022-05-01T08:30:00+07:00.",
                "bản ghi 2.authors\",\"message\":\"Tác giả và tỷ lệ không hợp lệ: Tổng tỷ lệ của các tác giả phải đúng bằng 100%.",
                "bản ghi 3.sourceUnit\",\"message\":\"Không có đơn vị mang tên viết tắt “Không có " + token + "”.",
                "bản ghi 4\",\"message\":\"Bản ghi rỗng.")) {
            assertTrue(body.contains("\"field\":\"" + problem + "\""), problem + " in " + body);
        }
        assertEquals(List.of(), Database.strings("SELECT title FROM content_item WHERE title LIKE ?", "%" + token));
    }

    private static String batch(String token, String unitOfSecondItem) {
        return """
                {"categories":[{"slug":"tin-cu-%1$s","name":"Tin cũ %1$s","description":"Nhập từ cổng cũ"}],
                 "items":[
                  {"sourceId":"cu-1","kind":"NEWS","genre":"NEWS_OR_REPLY","title":"Bài cũ đã đăng %1$s","lead":"Sapo cũ",
                   "body":"<p>Nội dung cũ</p><script>alert(1)</script>","category":"tin-cu-%1$s","sourceUnit":"Xã Long Giao",
                   "state":"PUBLISHED","publishedAt":"2022-05-01T08:30:00+07:00","authors":[{"name":"Ngọc Lan","share":60},{"name":"Minh Tâm","share":40}]},
                  {"sourceId":"cu-2","kind":"ARTICLE","genre":"COMMENTARY","title":"Bài cũ đã gỡ %1$s","lead":"Sapo cũ",
                   "body":"<p>Đã gỡ</p>","category":"tin-cu-%1$s","sourceUnit":"%2$s",
                   "state":"UNPUBLISHED","publishedAt":"2021-12-31T23:00:00+07:00","authors":[{"name":"Ngọc Lan","share":100}]}]}"""
                .formatted(token, unitOfSecondItem);
    }
}
