package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import vn.ttdt.portal.content.application.PublishedContentGeneration;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.notices.application.NoticeBannerTimer;
import vn.ttdt.portal.site.notices.application.PublicNotices;
import vn.ttdt.portal.site.notices.domain.OutageNotice;
import vn.ttdt.portal.site.notices.domain.OutageNoticeRepository;

/**
 * In the container, with the clock given: the outage banner shows from exactly the 7th working day before the
 * outage's start day, counted back over a weekend and the seeded May 2023 holidays (the calendar the questions'
 * deadlines use), until the outage ends; and the banner's timer refreshes the cached pages when a banner appears.
 */
@ExtendWith(InContainer.class)
@Isolated("shows an outage banner on every page")
class OutageBannerIT {

    @Inject
    PublicNotices notices;

    @Inject
    OutageNoticeRepository repository;

    @Inject
    NoticeBannerTimer timer;

    @Inject
    PublishedContentGeneration generation;

    @Inject
    SiteDirectory sites;

    @Resource
    UserTransaction tx;

    @Test
    void theBannerShowsFromTheSeventhWorkingDayBeforeTheStartAcrossAWeekendAndAHolidayUntilTheEnd() throws Exception {
        tx.begin();
        try {
            OutageNotice notice = notice(vietnam("2023-05-10T22:00"), vietnam("2023-05-11T02:00"));
            // Wed 10 May 2023: Tue 9, Mon 8, Sat 6 (make-up day), Fri 5, Thu 4 — then 3 (swapped), 2 and 1 May (holidays),
            // Sun 30 and Sat 29 April are no working days — Fri 28 and Thu 27 April: the 7th working day before
            assertFalse(shown(notice, vietnam("2023-04-26T23:59").plusSeconds(59)), "the 8th working day before");
            assertTrue(shown(notice, vietnam("2023-04-27T00:00")), "the 7th working day before, from midnight Vietnam time");
            assertTrue(shown(notice, vietnam("2023-04-30T12:00")), "a Sunday inside the window");
            assertTrue(shown(notice, vietnam("2023-05-02T08:00")), "a holiday inside the window");
            assertTrue(shown(notice, vietnam("2023-05-11T01:59")), "during the outage");
            assertFalse(shown(notice, vietnam("2023-05-11T02:00")), "once it has ended");
        } finally {
            tx.rollback();
        }
    }

    @Test
    void whenABannerStartsShowingTheTimerRefreshesTheCachedPages() throws Exception {
        timer.check();
        long before = generation.current();
        tx.begin();
        OutageNotice notice = notice(Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)).plus(Duration.ofHours(1)));
        tx.commit();
        try {
            timer.check();
            assertTrue(generation.current() > before, "the page cache's generation moved");
        } finally {
            tx.begin();
            repository.byId(sites.current(), notice.getId()).orElseThrow().cancel();
            tx.commit();
            timer.check();
        }
    }

    private OutageNotice notice(Instant start, Instant end) {
        OutageNotice notice = new OutageNotice(sites.current(), "it", Instant.now());
        notice.plan(start, end, "Bảo trì kiểm thử " + Long.toString(System.nanoTime(), 36), null);
        return repository.add(notice);
    }

    private boolean shown(OutageNotice notice, Instant at) {
        return notices.showingAt(at).stream().anyMatch(shown -> shown.id() == notice.getId());
    }

    private static Instant vietnam(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.ZONE).toInstant();
    }
}
