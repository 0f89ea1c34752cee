package vn.ttdt.portal.site.advertising.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TargetUrlTest {

    @Test
    void acceptsAbsoluteHttpAndHttpsAddresses() {
        assertEquals("https://vinamilk.com.vn/khuyen-mai?x=1", TargetUrl.checked(" https://vinamilk.com.vn/khuyen-mai?x=1 "));
        assertEquals("http://example.vn", TargetUrl.checked("http://example.vn"));
        assertEquals("HTTPS://EXAMPLE.VN/", TargetUrl.checked("HTTPS://EXAMPLE.VN/"));
    }

    @Test
    void refusesOtherSchemesRelativeAddressesAndTricks() {
        assertNull(TargetUrl.checked("javascript:alert(1)"));
        assertNull(TargetUrl.checked("data:text/html,<script>alert(1)</script>"));
        assertNull(TargetUrl.checked("ftp://example.vn/file"));
        assertNull(TargetUrl.checked("//evil.example/"));
        assertNull(TargetUrl.checked("/tin/abc"));
        assertNull(TargetUrl.checked("https://user:pass@evil.example/"));
        assertNull(TargetUrl.checked("https://example.vn/\"><script>"));
        assertNull(TargetUrl.checked("https:\\\\evil.example"));
        assertNull(TargetUrl.checked("https://exa mple.vn"));
        assertNull(TargetUrl.checked("https://" + "a".repeat(TargetUrl.MAX) + ".vn"));
        assertNull(TargetUrl.checked(null));
    }
}
