package vn.ttdt.portal.legaldocs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalDocumentViewTest {

    private static LegalDocumentView view(long id, String summary, long version) {
        return new LegalDocumentView(id, "nd-" + id, id + "/2022/NĐ-CP", "Nghị định", 1, null, null, "Trung ương", 2,
                "Chính phủ", "Nguyễn Văn A", LocalDate.of(2022, 9, 26), LocalDate.of(2022, 11, 15), null, summary,
                "IN_FORCE", "Còn hiệu lực", null, List.of(), List.of(new DocumentLink(7, "qd-7", "7/QĐ", "Quyết định",
                LocalDate.of(2020, 1, 2), "Liên quan")), List.of(), version);
    }

    @Test
    void equalViewsHashAlikeAndTheHashFollowsIdAndVersion() {
        assertEquals(view(42, "Quy định", 3), view(42, "Quy định", 3));
        assertEquals(view(42, "Quy định", 3).hashCode(), view(42, "Quy định", 3).hashCode());
        assertNotEquals(view(42, "Quy định", 3), view(42, "Sửa đổi", 4));
        assertNotEquals(view(42, "Quy định", 3).hashCode(), view(42, "Sửa đổi", 4).hashCode());
        assertNotEquals(view(42, "Quy định", 3).hashCode(), view(43, "Quy định", 3).hashCode());
    }
}
