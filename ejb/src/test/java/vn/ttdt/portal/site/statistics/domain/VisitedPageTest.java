package vn.ttdt.portal.site.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisitedPageTest {

    @Test
    void theFriendlyAddressesNameTheirPages() {
        assertEquals(page(PageKind.HOME, "/"), VisitedPage.ofPath("/"));
        assertEquals(page(PageKind.HOME, "/"), VisitedPage.ofPath("/index.xhtml"));
        assertEquals(page(PageKind.ITEM, "xa-xuan-duong-2023"), VisitedPage.ofPath("/tin/xa-xuan-duong-2023"));
        assertEquals(page(PageKind.CATEGORY, "cai-cach-hanh-chinh"), VisitedPage.ofPath("/chuyen-muc/cai-cach-hanh-chinh/"));
        assertEquals(page(PageKind.LEGAL_DOCUMENT, "nghi-dinh-42-2022-nd-cp"), VisitedPage.ofPath("/van-ban/nghi-dinh-42-2022-nd-cp"));
        assertEquals(page(PageKind.PROCEDURE, "1.001193"), VisitedPage.ofPath("/thu-tuc-hanh-chinh/1.001193"));
    }

    @Test
    void otherPagesCountUnderTheirSection() {
        assertEquals(page(PageKind.OTHER, "/van-ban"), VisitedPage.ofPath("/van-ban"));
        assertEquals(page(PageKind.OTHER, "/hoi-dap/tra-cuu"), VisitedPage.ofPath("/hoi-dap/tra-cuu"));
        assertEquals(page(PageKind.OTHER, "/gioi-thieu/lich-su"), VisitedPage.ofPath("/gioi-thieu/lich-su"));
        assertEquals(page(PageKind.OTHER, "/gioi-thieu"), VisitedPage.ofPath("/gioi-thieu.xhtml"));
        assertEquals(page(PageKind.OTHER, "/the"), VisitedPage.ofPath("/the/mot-cua"), "keyword pages together");
        assertEquals(page(PageKind.OTHER, "/en/contact"), VisitedPage.ofPath("/en/contact"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tin/a", "/admin/index.xhtml", "/khong-co", "/tin/<script>", "/tin/a/b", "/api/v1/items",
        "/gioi-thieu/a/b/c", "/van-ban/x?y=1", "//evil.example/tin/a"})
    void anythingElseIsNoPageOfTheSite(String path) {
        assertTrue(VisitedPage.ofPath(path).isEmpty(), path);
    }

    @Test
    void nullAndAbsurdlyLongAddressesAreNoPage() {
        assertTrue(VisitedPage.ofPath(null).isEmpty());
        assertTrue(VisitedPage.ofPath("/gioi-thieu/" + "a".repeat(VisitedPage.LONGEST_PATH)).isEmpty());
    }

    private static Optional<VisitedPage> page(PageKind kind, String ref) {
        return Optional.of(new VisitedPage(kind, ref));
    }
}
