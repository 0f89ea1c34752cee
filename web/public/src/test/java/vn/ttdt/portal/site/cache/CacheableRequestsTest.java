package vn.ttdt.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one rule the filter and the kept-page handler share: which requests the page cache may answer. */
class CacheableRequestsTest {

    @Test
    void onlyAGetWithoutCredentialsMayBeAnsweredFromTheCache() {
        assertTrue(CacheableRequests.anonymousGet("GET", name -> false));
        assertFalse(CacheableRequests.anonymousGet("POST", name -> false));
        assertFalse(CacheableRequests.anonymousGet("HEAD", name -> false));
        assertFalse(CacheableRequests.anonymousGet("GET", "Authorization"::equals), "credentials: rendered for that visitor");
    }

    @Test
    void withoutTheBenchmarksPropertyNoHeaderBypassesTheCache() {
        assertFalse(CacheableRequests.bypassing(name -> true));
    }
}
