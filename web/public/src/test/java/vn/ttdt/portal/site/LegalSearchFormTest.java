package vn.ttdt.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LegalSearchFormTest {

    private static final ResourceBundle TXT = ResourceBundle.getBundle("vn.ttdt.portal.site.ui", Locale.forLanguageTag("vi"));

    @Test
    void theFormKeepsWhatWasTypedEscapedAndTheChosenOrder() {
        LegalDocumentPages page = new LegalDocumentPages();
        page.setQuery("nghi dinh \"42\" <b>");
        page.setNumber("42/2022");
        page.setSort("cu-nhat");
        String form = LegalSearchForm.of(TXT, page);
        assertTrue(form.startsWith("<form class=\"legal-search\" action=\"/van-ban\" method=\"get\" role=\"search\" aria-label=\"Tìm văn bản\">"), form);
        assertTrue(form.contains("<input id=\"f-q\" name=\"q\" type=\"search\" value=\"nghi dinh &quot;42&quot; &lt;b&gt;\" maxlength=\"200\""), form);
        assertTrue(form.contains("<input id=\"f-so\" name=\"so\" type=\"text\" value=\"42/2022\" maxlength=\"60\" placeholder=\"42/2022\" />"), form);
        assertTrue(form.contains("<input id=\"f-co-quan\" name=\"co-quan\" type=\"text\" value=\"\" maxlength=\"200\" />"), form);
        assertTrue(form.contains("<option value=\"cu-nhat\" selected=\"selected\">Cũ nhất trước</option>"), form);
        assertTrue(form.endsWith("<button type=\"submit\" id=\"legal-search-submit\">Tìm văn bản</button>\n<a href=\"/van-ban\">Xóa bộ lọc</a>\n</div>\n</form>"), form);
    }

    @Test
    void everyFilterHasItsLabelledMenuStartingWithAny() {
        LegalDocumentPages page = new LegalDocumentPages();
        String form = LegalSearchForm.of(TXT, page);
        for (String name : new String[] {"loai", "linh-vuc", "cap", "nam", "tinh-trang"}) {
            assertTrue(form.contains("<label for=\"f-" + name + "\">"), name);
            assertTrue(form.contains("<select id=\"f-" + name + "\" name=\"" + name + "\">\n<option value=\"\">Tất cả</option>"), name);
        }
        assertTrue(form.contains("<option value=\"cu-nhat\">Cũ nhất trước</option>"), form);
        assertEquals(6, form.split("<select", -1).length - 1, "five filters and the order");
    }
}
