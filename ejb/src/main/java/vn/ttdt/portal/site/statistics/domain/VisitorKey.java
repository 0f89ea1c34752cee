package vn.ttdt.portal.site.statistics.domain;

import vn.ttdt.portal.shared.domain.DailyKey;

/**
 * A visitor of one day, as far as counting them once needs to know: the {@link DailyKey} of the day's salt with the
 * site, the network address and the browser's description. A reload is the same visitor; another browser or another
 * address is another; the next day everybody is new. Neither the address nor the description is kept.
 */
public final class VisitorKey {

    private VisitorKey() {
    }

    public static String of(String salt, long siteId, String address, String userAgent) {
        return DailyKey.of(salt, "visit", Long.toString(siteId), address, userAgent);
    }
}
