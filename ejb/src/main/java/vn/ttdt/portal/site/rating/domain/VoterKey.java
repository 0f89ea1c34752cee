package vn.ttdt.portal.site.rating.domain;

import vn.ttdt.portal.shared.domain.DailyKey;

/**
 * Who voted, as far as counting once needs to know: a SHA-256 of the day's secret random salt with the page, the
 * network address and the browser's description. The same browser on the same page and day gets the same key; nothing
 * leads back to the address once the salt is deleted after the day, and another day gives another key.
 */
public final class VoterKey {

    private VoterKey() {
    }

    public static String of(String salt, long siteId, RatingKind kind, String ref, String address, String userAgent) {
        return DailyKey.of(salt, Long.toString(siteId), kind.name(), ref, address, userAgent);
    }

    /** The key of the visitor alone (for the flood limit), whatever page they vote on. */
    public static String ofVisitor(String salt, String address) {
        return DailyKey.of(salt, "visitor", address);
    }
}
