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
}
