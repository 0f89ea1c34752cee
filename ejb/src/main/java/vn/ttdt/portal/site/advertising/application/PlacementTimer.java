package vn.ttdt.portal.site.advertising.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.advertising.domain.AdContractRepository;

/**
 * Keeps cached public pages right when a contract starts or ends: the placements are part of the cached pages, so on
 * the first run of a Vietnamese day on which a contract starts, or after the day one ended, it refreshes the public
 * pages once. It runs every ten minutes, so a server that was down at midnight catches up at once.
 */
@Singleton
@PermitAll
public class PlacementTimer {

    @Inject
    private AdContractRepository contracts;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private Clock clock;

    private LocalDate refreshedFor;

    @Schedule(hour = "*", minute = "*/10", second = "40", persistent = false)
    public void run() {
        refresh(BusinessCalendar.dayOf(clock.instant()));
    }

    /** Refreshes the public pages when the banners shown change on {@code day} and it has not done so for that day. */
    public boolean refresh(LocalDate day) {
        if (day.equals(refreshedFor) || !contracts.shownBannersChangeOn(day)) {
            return false;
        }
        refreshedFor = day;
        published.fire(new PublishedContentChanged("advertising placements change on " + day));
        return true;
    }
}
