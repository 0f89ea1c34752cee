package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/** Co-authors with equal shares (issue 15): imported without percentages, split equally by the payroll. */
class EqualSharesIT extends PortalIT {

    /** After every payroll test's month, so that no other test's payroll takes this work in. */
    private static final String MONTH = "2021-05";

    @Test
    void aWorkImportedWithoutSharesIsPaidInEqualPartsWithTheRemainderToTheFirstAuthor() {
        String token = ContentFixture.token();
        String title = "Bản dịch ba người chia đều " + token;
        List<String> authors = List.of("Đỗ Văn Một " + token, "Đỗ Thị Hai " + token, "Đỗ Văn Ba " + token);
        String batch = """
                {"categories":[{"slug":"chia-deu-%s","name":"Chia đều %s","description":"Thử chia đều"}],
                 "items":[{"sourceId":"cd-1","kind":"NEWS","genre":"NEWS_OR_REPLY","title":"%s","lead":"Sapo","body":"<p>Nội dung</p>",
                  "category":"chia-deu-%s","sourceUnit":"Xã Long Giao","state":"PUBLISHED","publishedAt":"2021-05-10T08:00:00+07:00",
                  "authors":[{"name":"%s"},{"name":"%s"},{"name":"%s"}]}]}"""
                .formatted(token, token, title, token, authors.get(0), authors.get(1), authors.get(2));
        Portal approver = Portal.as(Role.APPROVER);

        HttpResponse<String> imported = approver.json("POST", "/admin/api/v1/import/items", batch);

        assertEquals(200, imported.statusCode(), imported.body());
        long item = Long.parseLong(Database.strings("SELECT id FROM content_item WHERE title = ?", title).get(0));
        assertEquals(List.of("0 NULL", "1 NULL", "2 NULL"), Database.strings(
                "SELECT CONCAT(position, ' ', COALESCE(share_percent, 'NULL')) FROM content_author WHERE item_id = ? ORDER BY position", item));
        String view = approver.get("/admin/api/v1/items/" + item).body();
        assertFalse(view.contains("\"sharePercent\":"), view);
        assertTrue(view.contains(authors.get(2)), view);

        // 3.33 × 149,000 × 65% (translation) = 322,510.5 → 322,511; / 3 = 107,503.67 → 107,504 to the second and third
        // authors; the first takes 322,511 − 215,008 = 107,503
        RoyaltyFixture.gradeOk(approver, item, "{\"coefficient\":3.33,\"adjustment\":\"TRANSLATION\",\"adjustmentPercent\":65}");
        RoyaltyFixture.runToCompletion(Portal.as(Role.FINANCE), MONTH);
        assertEquals(List.of("0 107503 33.33", "1 107504 33.33", "2 107504 33.33"), Database.strings(
                "SELECT CONCAT(l.author_position, ' ', l.amount, ' ', l.share_percent) FROM payroll_line l JOIN payroll p ON p.id = l.payroll_id"
                        + " WHERE p.period = ? AND l.item_id = ? ORDER BY l.author_position", MONTH, item));
    }

    @Test
    void anImportWhereSomeAuthorsHaveAShareAndOthersNotIsRefusedInVietnamese() {
        String token = ContentFixture.token();
        String batch = """
                {"categories":[{"slug":"chia-tron-%s","name":"Chia trộn %s","description":"Thử"}],
                 "items":[{"sourceId":"ct-1","kind":"NEWS","genre":"NEWS_OR_REPLY","title":"Tỷ lệ thiếu %s","lead":"Sapo","body":"<p>x</p>",
                  "category":"chia-tron-%s","sourceUnit":"Xã Long Giao","state":"PUBLISHED","publishedAt":"2021-05-11T08:00:00+07:00",
                  "authors":[{"name":"Tác giả có tỷ lệ","share":100},{"name":"Tác giả không tỷ lệ"}]}]}"""
                .formatted(token, token, token, token);

        HttpResponse<String> refused = Portal.as(Role.APPROVER).json("POST", "/admin/api/v1/import/items", batch);

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("hoặc bỏ trống tỷ lệ của tất cả tác giả"), refused.body());
        assertEquals(List.of(), Database.strings("SELECT id FROM content_item WHERE title = ?", "Tỷ lệ thiếu " + token));
    }
}
