package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.statistics.domain.DayVisits;
import vn.ttdt.portal.site.statistics.domain.PageKind;
import vn.ttdt.portal.site.statistics.domain.PageTitle;
import vn.ttdt.portal.site.statistics.domain.PageVisits;
import vn.ttdt.portal.site.statistics.domain.ReferrerVisits;
import vn.ttdt.portal.site.statistics.domain.Visit;
import vn.ttdt.portal.site.statistics.domain.VisitRepository;
import vn.ttdt.portal.site.statistics.domain.VisitTally;
import vn.ttdt.portal.site.statistics.domain.VisitedPage;

/**
 * In the container, on the real MariaDB: two nodes' batches of the same day and page add up (additive upserts), a
 * visitor seen by both counts once, a page the site does not publish counts nowhere, and the hourly forgetting moves
 * the day's visitors into the day's row once, however often it runs.
 */
@ExtendWith(InContainer.class)
class VisitCountsInContainerIT {

    @Inject
    VisitRepository visits;

    @Inject
    SiteDirectory sites;

    @Resource
    UserTransaction tx;

    @Test
    void twoNodesBatchesAddUpAndEachVisitorCountsOnceBeforeAndAfterTheKeysAreForgotten() throws Exception {
        LocalDate day = LocalDate.of(2004, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(360));
        Instant at = BusinessCalendar.startOf(day).plusSeconds(3600);
        Site site = sites.forReading();
        VisitedPage page = new VisitedPage(PageKind.OTHER, "/hoi-dap");
        VisitedPage unknown = new VisitedPage(PageKind.ITEM, "khong-co-tin-nay");
        VisitTally nodeA = new VisitTally(100);
        VisitTally nodeB = new VisitTally(100);
        nodeA.add(new Visit(day, page, key('a'), at, "google.com"));
        nodeA.add(new Visit(day, page, key('a'), at.plusSeconds(20), null));
        nodeA.add(new Visit(day, page, key('b'), at, "zalo.me"));
        nodeB.add(new Visit(day, page, key('b'), at.plusSeconds(60), "google.com"));
        nodeB.add(new Visit(day, page, key('c'), at.plusSeconds(90), null));
        nodeB.add(new Visit(day, unknown, key('c'), at.plusSeconds(95), null));

        add(site, nodeA);
        add(site, nodeB);

        assertEquals(List.of(new DayVisits(day, 5, 3)), visits.days(site, day, day));
        assertEquals(List.of(new PageVisits(PageKind.OTHER, "/hoi-dap", "Hỏi đáp", null, 5)), visits.topPages(site, day, day, 10));
        assertEquals(List.of(new ReferrerVisits("google.com", 2), new ReferrerVisits("zalo.me", 1)), visits.referrers(site, day, day, 10));

        for (int run = 0; run < 2; run++) {
            tx.begin();
            visits.countAndForgetVisitorsBefore(day.plusDays(1));
            tx.commit();
            assertEquals(List.of(new DayVisits(day, 5, 3)), visits.days(site, day, day), "after forgetting, run " + run);
        }
        assertEquals(5, visits.counter(site, day, Instant.now()).todayViews());
        assertEquals(3, visits.counter(site, day, Instant.now()).todayVisitors(), "the keys counted once, then gone");
    }

    private void add(Site site, VisitTally node) throws Exception {
        tx.begin();
        visits.add(site, node.drain(), Map.of(new VisitedPage(PageKind.OTHER, "/hoi-dap"), new PageTitle("Hỏi đáp", null)));
        tx.commit();
    }

    private static String key(char c) {
        return String.valueOf(c).repeat(64);
    }
}
