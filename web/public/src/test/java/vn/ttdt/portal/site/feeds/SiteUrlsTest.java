package vn.ttdt.portal.site.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SiteUrlsTest {

    @Test
    void defaultPortsAreLeftOutOthersKept() {
        assertEquals("https://congttdt.example.vn", SiteUrls.of("https", "congttdt.example.vn", 443, "").base());
        assertEquals("http://localhost", SiteUrls.of("http", "localhost", 80, "").base());
        assertEquals("http://localhost:8080", SiteUrls.of("http", "localhost", 8080, "").base());
        assertEquals("https://host:80", SiteUrls.of("https", "host", 80, "").base());
        assertEquals("http://[::1]:8080", SiteUrls.of("http", "::1", 8080, "").base());
        assertEquals("http://[::1]:8080", SiteUrls.of("http", "[::1]", 8080, "").base());
    }

    @Test
    void pagesHangOffTheBase() {
        SiteUrls urls = SiteUrls.of("http", "Example.VN", 8080, "");
        assertEquals("http://example.vn:8080/", urls.home());
        assertEquals("http://example.vn:8080/tin/a-b", urls.item("a-b"));
        assertEquals("http://example.vn:8080/chuyen-muc/du-lich", urls.category("du-lich"));
        assertEquals("http://example.vn:8080/ctx/rss", SiteUrls.of("http", "example.vn", 8080, "/ctx").path("/rss"));
    }

    @Test
    void oddHostsAndSchemesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SiteUrls.of("http", "evil.example/\"><x", 80, ""));
        assertThrows(IllegalArgumentException.class, () -> SiteUrls.of("http", "", 80, ""));
        assertThrows(IllegalArgumentException.class, () -> SiteUrls.of("http", null, 80, ""));
        assertThrows(IllegalArgumentException.class, () -> SiteUrls.of("javascript", "host", 80, ""));
    }

    @Test
    void theConfiguredPublicAddressWinsOverTheRequest() {
        System.setProperty("portal.public.base-url", "https://CamMy.DongNai.gov.vn/");
        try {
            assertEquals("https://cammy.dongnai.gov.vn", SiteUrls.configured().orElseThrow().base());
        } finally {
            System.clearProperty("portal.public.base-url");
        }
        assertEquals(java.util.Optional.empty(), SiteUrls.configured());
    }
}
