package vn.ttdt.portal.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.application.DomainTexts;

/** The import's problems come from the domain bundle, worded as the import has always worded them. */
class ImportProblemTextsTest {

    @Test
    void theProblemsOfACategoryRecord() {
        assertEquals("Địa chỉ (slug) chuyên mục chỉ gồm a-z, 0-9, dấu gạch, tối đa 120 ký tự.", text("categorySlug"));
        assertEquals("Tên chuyên mục không được để trống, tối đa 200 ký tự.", text("categoryName"));
    }

    @Test
    void theProblemsOfAnItemRecord() {
        assertEquals("Bản ghi rỗng.", text("empty"));
        assertEquals("Loại phải là NEWS hoặc ARTICLE.", text("kind"));
        assertEquals("Thể loại không hợp lệ.", text("genre"));
        assertEquals("Tiêu đề (≤ 300 ký tự), sapo (≤ 1000 ký tự) và nội dung là bắt buộc.", text("text"));
        assertEquals("Trạng thái nhập được: DRAFT, PUBLISHED, UNPUBLISHED, ARCHIVED.", text("state"));
        assertEquals("Thời điểm đăng phải theo ISO-8601 có múi giờ, ví dụ 2022-05-01T08:30:00+07:00.", text("publishedAt"));
    }

    @Test
    void theProblemsNamingWhatTheRecordSaysKeepItAsWritten() {
        assertEquals("Chuyên mục “tin-cu-{1}'x'” không có trong lô hay trên cổng.", text("category", "tin-cu-{1}'x'"));
        assertEquals("Chuyên mục “null” không có trong lô hay trên cổng.", text("category", (Object) null));
        assertEquals("Không có đơn vị mang tên viết tắt “Xã Xuân Đường”.", text("sourceUnit", "Xã Xuân Đường"));
        assertEquals("Tác giả và tỷ lệ không hợp lệ: Tổng tỷ lệ của các tác giả phải đúng bằng 100%.",
                text("authors", DomainTexts.text("content.authors.total")));
    }

    private static String text(String kind, Object... arguments) {
        return DomainTexts.text("import.problem." + kind, arguments);
    }
}
