package vn.ttdt.portal.site.notices.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import vn.ttdt.portal.shared.application.PublishedContentChanged;

/**
 * Keeps the cached public pages' outage banner true: every minute it compares the notices shown now with those shown
 * a minute ago and, when a banner's window opened or an outage ended, fires {@link PublishedContentChanged} so every
 * page is rendered again with the banner as it is now. The first check after a start only takes note (the page
 * cache starts empty with the server).
 */
@Singleton
@PermitAll
public class NoticeBannerTimer {

    @Inject
    private PublicNotices notices;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private Clock clock;

    private List<PublicNotice> shown;

    @Schedule(hour = "*", minute = "*", second = "5", persistent = false)
    public void check() {
        List<PublicNotice> now = notices.showingAt(clock.instant());
        if (shown != null && !shown.equals(now)) {
            published.fire(new PublishedContentChanged("outage banner: " + now.size() + " notices shown"));
        }
        shown = now;
    }
}
