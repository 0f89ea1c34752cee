package vn.ttdt.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageKeyTest {

    private static Map<String, String[]> params(String... nameValues) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.merge(nameValues[i], new String[] {nameValues[i + 1]}, (a, b) -> {
                String[] both = new String[a.length + b.length];
                System.arraycopy(a, 0, both, 0, a.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                return both;
            });
        }
        return map;
    }

    @Test
    void parametersAPageDoesNotReadAreIgnored() {
        assertEquals("/tin/le-hoi", PageKey.of("/tin/le-hoi", params("x", "1", "utm_source", "zalo")));
        assertEquals("/", PageKey.of("/", params("r", "42")));
        assertEquals("/tin/le-hoi", PageKey.of("/tin/le-hoi", params("trang", "3", "q", "xã")));
        assertEquals("/chuyen-muc/tin-tuc?trang=2", PageKey.of("/chuyen-muc/tin-tuc", params("trang", "2", "x", "1")));
    }

    @Test
    void theLegalDocumentsKeyHoldsEachFilterInOneOrderAndNothingElse() {
        String key = PageKey.of("/van-ban", params("tinh-trang", "IN_FORCE", "q", "nghị định 42", "trang", "2", "utm_source", "zalo"));
        assertEquals("/van-ban?q=ngh%E1%BB%8B+%C4%91%E1%BB%8Bnh+42&tinh-trang=IN_FORCE&trang=2", key);
        assertEquals(key, PageKey.of("/van-ban", params("trang", "2", "q", "nghị định 42", "tinh-trang", "IN_FORCE")));
        assertNotEquals(key, PageKey.of("/van-ban", params("q", "nghị định 42", "tinh-trang", "EXPIRED", "trang", "2")));
        assertEquals("/van-ban?trang=3", PageKey.of("/van-ban", params("trang", "3")));
        assertNull(PageKey.of("/van-ban", params("so", "4".repeat(201))));
        assertEquals("/van-ban/nghi-dinh-42-2022-nd-cp", PageKey.of("/van-ban/nghi-dinh-42-2022-nd-cp", params("q", "x")));
    }

    @Test
    void theSearchKeyHoldsTheQueryAndThePageInOneOrder() {
        String key = PageKey.of("/tim-kiem", params("q", "cải cách", "trang", "2"));
        assertEquals(key, PageKey.of("/tim-kiem", params("trang", "2", "x", "1", "q", "cải cách")));
        assertNotEquals(key, PageKey.of("/tim-kiem", params("q", "cai cach", "trang", "2")));
        assertNotEquals(key, PageKey.of("/tim-kiem", params("q", "cải cách", "trang", "3")));
        assertEquals("/tim-kiem?trang=2", PageKey.of("/tim-kiem", params("trang", "2")));
    }

    @Test
    void thePublishedQuestionsAreKeptPerKnownFieldAndPage() {
        assertEquals("/hoi-dap?linh-vuc=LAND&trang=2", PageKey.of("/hoi-dap", params("trang", "2", "x", "1", "linh-vuc", "LAND")));
        assertEquals("/hoi-dap", PageKey.of("/hoi-dap", params("ma", "HD-2023-7KQ4M2", "trang", "1")));
        assertNull(PageKey.of("/hoi-dap", params("linh-vuc", "<script>")));
        assertNull(PageKey.of("/hoi-dap", params("linh-vuc", "land")));
    }

    @Test
    void theFirstPageIsOneEntryWithOrWithoutItsNumber() {
        assertEquals("/the/nong-thon-moi", PageKey.of("/the/nong-thon-moi", params("trang", "1")));
        assertEquals("/the/nong-thon-moi", PageKey.of("/the/nong-thon-moi", params()));
        assertEquals("/chuyen-muc/a?trang=7", PageKey.of("/chuyen-muc/a", params("trang", "007")));
    }

    @Test
    void theFirstValueOfARepeatedParameterCountsAsOnTheRenderedPage() {
        assertEquals(PageKey.of("/tim-kiem", params("q", "xã")), PageKey.of("/tim-kiem", params("q", "xã", "q", "huyện")));
    }

    @Test
    void pagesWithParametersThePageCannotUseAreNotKept() {
        assertNull(PageKey.of("/chuyen-muc/a", params("trang", "abc")));
        assertNull(PageKey.of("/chuyen-muc/a", params("trang", "0")));
        assertNull(PageKey.of("/chuyen-muc/a", params("trang", "-2")));
        assertNull(PageKey.of("/chuyen-muc/a", params("trang", "10001")));
        assertNull(PageKey.of("/tim-kiem", params("q", "x".repeat(201))));
    }

    @Test
    void theProcedureCatalogueKeyHoldsItsWordsFiltersAndPageInOneOrder() {
        String key = PageKey.of("/thu-tuc-hanh-chinh", params("trang", "2", "cap", "Cấp xã", "q", "khai sinh", "utm", "x"));
        assertEquals("/thu-tuc-hanh-chinh?q=khai+sinh&cap=C%E1%BA%A5p+x%C3%A3&trang=2", key);
        assertEquals(key, PageKey.of("/thu-tuc-hanh-chinh", params("q", "khai sinh", "cap", "Cấp xã", "trang", "2")));
        assertEquals("/thu-tuc-hanh-chinh?linh-vuc=H%E1%BB%99+t%E1%BB%8Bch",
                PageKey.of("/thu-tuc-hanh-chinh", params("linh-vuc", "Hộ tịch", "trang", "1")));
        assertNull(PageKey.of("/thu-tuc-hanh-chinh", params("co-quan", "x".repeat(201))));
        assertEquals("/thu-tuc-hanh-chinh/1.001193", PageKey.of("/thu-tuc-hanh-chinh/1.001193", params("q", "x")));
    }

    @Test
    void theOneStopStatisticsKeyHoldsOnlyItsMonth() {
        assertEquals("/ket-qua-giai-quyet-tthc?ky=2023-03", PageKey.of("/ket-qua-giai-quyet-tthc", params("ky", "2023-03", "trang", "2")));
        assertEquals("/ket-qua-giai-quyet-tthc", PageKey.of("/ket-qua-giai-quyet-tthc", params("q", "x")));
    }
}
