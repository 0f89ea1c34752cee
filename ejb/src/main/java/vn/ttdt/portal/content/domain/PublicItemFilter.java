package vn.ttdt.portal.content.domain;

import java.time.Instant;

/** What a citizen narrows the published items by; null fields do not filter. */
public record PublicItemFilter(String categorySlug, Long unitId, Instant from, Instant to, String query) {

    public static PublicItemFilter all() {
        return new PublicItemFilter(null, null, null, null, null);
    }
}
