package vn.ttdt.portal.site.theme.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ttdt.portal.shared.application.VietnameseValidation.messages;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The footer's items that TT 09/2014/TT-BTTTT requires, each required and checked, and the colours' form. */
class ThemeDraftValidationTest {

    private static ThemeDraft valid() {
        return new ThemeDraft("Trang thông tin điện tử huyện Cẩm Mỹ", "Ủy ban nhân dân huyện Cẩm Mỹ",
                "Giấy phép số 01/GP-TTĐT ngày 05/01/2024 của Sở Thông tin và Truyền thông", "Phó Chủ tịch UBND huyện",
                "Khu phố Suối Râm, thị trấn Long Giao", "0251 3878 000", "bbt@cammy.gov.vn", null, "#a31515", "#1c1c1c",
                "#f6f6f4", "#0b4f8a", null, "", 0L);
    }

    @Test
    void aCompleteFooterPasses() {
        assertEquals(Map.of(), messages(valid()));
    }

    @Test
    void everyRequiredFooterItemMissingIsNamedInVietnamese() {
        ThemeDraft empty = new ThemeDraft(" ", "", null, "", " ", "", "", null, "#a31515", "#1c1c1c", "#ffffff", "#0b4f8a",
                null, null, null);
        Map<String, String> found = messages(empty);
        assertEquals(java.util.Set.of("siteName", "ownerName", "licence", "responsiblePerson", "address", "phone", "email"),
                found.keySet(), found.toString());
        assertEquals("Vui lòng nhập tên cơ quan chủ quản (bắt buộc ở chân trang theo Thông tư 09/2014/TT-BTTTT).", found.get("ownerName"));
        assertEquals("Vui lòng nhập số giấy phép thiết lập trang (bắt buộc ở chân trang theo Thông tư 09/2014/TT-BTTTT).",
                found.get("licence"));
        assertTrue(found.get("responsiblePerson").startsWith("Vui lòng nhập người chịu trách nhiệm"));
    }

    @Test
    void aPhoneAndAnEmailMustBeRealOnes() {
        ThemeDraft v = valid();
        for (String phone : new String[] {"abc", "12", "0251 3878 000 <script>", "+84-251-3878000x"}) {
            ThemeDraft draft = new ThemeDraft(v.siteName(), v.ownerName(), v.licence(), v.responsiblePerson(), v.address(), phone,
                    v.email(), null, v.primary(), v.text(), v.background(), v.link(), null, null, null);
            assertTrue(messages(draft).containsKey("phone"), phone);
        }
        for (String phone : new String[] {"0251 3878 000", "+84 251 3878 000", "(0251) 3.878.000", "0912-345-678"}) {
            ThemeDraft draft = new ThemeDraft(v.siteName(), v.ownerName(), v.licence(), v.responsiblePerson(), v.address(), phone,
                    v.email(), null, v.primary(), v.text(), v.background(), v.link(), null, null, null);
            assertEquals(Map.of(), messages(draft), phone);
        }
        for (String email : new String[] {"bbt", "bbt@", "@cammy.gov.vn", "b b@cammy.gov.vn", "\"><script>@x.vn"}) {
            ThemeDraft draft = new ThemeDraft(v.siteName(), v.ownerName(), v.licence(), v.responsiblePerson(), v.address(), v.phone(),
                    email, null, v.primary(), v.text(), v.background(), v.link(), null, null, null);
            assertTrue(messages(draft).containsKey("email"), email);
        }
    }

    @Test
    void coloursAndPictureKeysHaveTheirForm() {
        ThemeDraft v = valid();
        ThemeDraft draft = new ThemeDraft(v.siteName(), v.ownerName(), v.licence(), v.responsiblePerson(), v.address(), v.phone(),
                v.email(), "x".repeat(1001), "red", "#12", "</style><script>", "#0b4f8a", "../../etc/passwd", "ABC", null);
        Map<String, String> found = messages(draft);
        assertEquals(java.util.Set.of("footerNote", "primary", "text", "background", "logoKey", "bannerKey"), found.keySet(),
                found.toString());
        assertEquals("Màu phải viết dạng mã #rrggbb, ví dụ #a31515.", found.get("primary"));
    }
}
