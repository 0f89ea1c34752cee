package vn.ttdt.portal.content.domain;

import java.time.Instant;

/** What a citizen narrows the published items by; null fields do not filter. {@code tagSlug}: items carrying that keyword. */
public record PublicItemFilter(String categorySlug, Long unitId, Instant from, Instant to, String query, String tagSlug) {

    public PublicItemFilter(String categorySlug, Long unitId, Instant from, Instant to, String query) {
        this(categorySlug, unitId, from, to, query, null);
    }

    public static PublicItemFilter all() {
        return new PublicItemFilter(null, null, null, null, null, null);
    }

    public static PublicItemFilter tagged(String tagSlug) {
        return new PublicItemFilter(null, null, null, null, null, tagSlug);
    }
}
