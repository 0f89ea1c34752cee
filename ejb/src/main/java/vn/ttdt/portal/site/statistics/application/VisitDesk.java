package vn.ttdt.portal.site.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.DailySalts;
import vn.ttdt.portal.site.statistics.domain.BotUserAgents;
import vn.ttdt.portal.site.statistics.domain.ReferrerHost;
import vn.ttdt.portal.site.statistics.domain.Visit;
import vn.ttdt.portal.site.statistics.domain.VisitedPage;
import vn.ttdt.portal.site.statistics.domain.VisitorKey;

/**
 * Takes the beacon of a public page: counts a view of the page its address names, unless the browser calls itself a
 * robot ({@link BotUserAgents}) or the visitor is over its limit; keeps the visitor only as the day's salted key and the
 * referrer only as another site's host. The view waits in this node's {@link VisitBuffer} until the next flush.
 */
@ApplicationScoped
public class VisitDesk {

    @Inject
    private VisitBuffer buffer;

    @Inject
    private VisitLimits limits;

    @Inject
    private DailySalts salts;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    /** Whether the view was counted (the answer to the browser is the same either way). */
    public boolean count(String path, String referrer, String ownHost, String address, String userAgent) {
        return count(path, referrer, ownHost, address, userAgent, clock.instant());
    }

    public boolean count(String path, String referrer, String ownHost, String address, String userAgent, Instant now) {
        Optional<VisitedPage> page = VisitedPage.ofPath(path);
        if (page.isEmpty() || BotUserAgents.isBot(userAgent)) {
            return false;
        }
        LocalDate day = BusinessCalendar.dayOf(now);
        String visitor = VisitorKey.of(salts.of(day), sites.forReading().getId(), address, userAgent);
        if (!limits.admit(visitor, now)) {
            return false;
        }
        return buffer.tally().add(new Visit(day, page.get(), visitor, now, ReferrerHost.of(referrer, ownHost).orElse(null)));
    }
}
