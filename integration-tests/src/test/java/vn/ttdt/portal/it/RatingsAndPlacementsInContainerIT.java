package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.content.application.PublishedContentGeneration;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.advertising.application.PlacementTimer;
import vn.ttdt.portal.site.advertising.application.PublicBanner;
import vn.ttdt.portal.site.advertising.application.PublicPlacements;
import vn.ttdt.portal.site.advertising.domain.AdContract;
import vn.ttdt.portal.site.advertising.domain.AdContractRepository;
import vn.ttdt.portal.site.advertising.domain.Advertiser;
import vn.ttdt.portal.site.advertising.domain.AdvertiserDetails;
import vn.ttdt.portal.site.advertising.domain.AdvertiserRepository;
import vn.ttdt.portal.site.advertising.domain.Banner;
import vn.ttdt.portal.site.advertising.domain.BannerRepository;
import vn.ttdt.portal.site.advertising.domain.ContractTerms;
import vn.ttdt.portal.site.advertising.domain.Placement;
import vn.ttdt.portal.site.rating.application.RatingDesk;
import vn.ttdt.portal.site.rating.application.RatingOutcome;
import vn.ttdt.portal.site.rating.application.RatingRequest;
import vn.ttdt.portal.site.rating.domain.RatingKind;
import vn.ttdt.portal.site.rating.domain.RatingRepository;

/**
 * In the container, with the day given instead of the clock: a contract's banners are shown from its first to its last
 * day and on no other, the placement timer refreshes the cached pages on the days the banners change (after the
 * commit); a vote counts once per browser, page and day, the flood limit holds, and the voter keys are forgotten.
 */
@ExtendWith(InContainer.class)
class RatingsAndPlacementsInContainerIT {

    @Inject
    AdvertiserRepository advertisers;

    @Inject
    AdContractRepository contracts;

    @Inject
    BannerRepository banners;

    @Inject
    PublicPlacements placements;

    @Inject
    PlacementTimer timer;

    @Inject
    RatingDesk desk;

    @Inject
    RatingRepository ratings;

    @Inject
    SiteDirectory sites;

    @Inject
    PublishedContentGeneration generation;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction tx;

    private long bannerRunning(LocalDate from, LocalDate to, String title) throws Exception {
        tx.begin();
        Site site = sites.current();
        Advertiser advertiser = advertisers.add(new Advertiser(site, new AdvertiserDetails("Công ty Lịch " + title,
                String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L)), null, null, null, null)));
        AdContract contract = contracts.add(new AdContract(site, advertiser,
                new ContractTerms("HĐ-" + title, Placement.EVERY_PAGE, from, to, 3_000_000L, null)));
        long id = banners.add(new Banner(site, contract, title, "https://example.vn/" + title)).getId();
        tx.commit();
        return id;
    }

    private boolean shown(long banner, LocalDate day) {
        return placements.shownOn(Placement.EVERY_PAGE, day).stream().map(PublicBanner::id).anyMatch(id -> id == banner);
    }

    @Test
    void aBannerIsShownFromItsContractsFirstDayToItsLastAndOnNoOtherDay() throws Exception {
        int year = 2060 + ThreadLocalRandom.current().nextInt(20);
        LocalDate first = LocalDate.of(year, 3, 1);
        LocalDate last = LocalDate.of(year, 3, 31);
        long banner = bannerRunning(first, last, "lich-" + token());
        assertFalse(shown(banner, first.minusDays(1)), "the day before");
        assertTrue(shown(banner, first), "the first day");
        assertTrue(shown(banner, LocalDate.of(year, 3, 15)));
        assertTrue(shown(banner, last), "the last day");
        assertFalse(shown(banner, last.plusDays(1)), "the day after");
    }

    @Test
    void thePlacementTimerRefreshesThePublicPagesOnceOnTheDaysTheBannersChangeAndAfterTheCommit() throws Exception {
        int year = 2060 + ThreadLocalRandom.current().nextInt(20);
        LocalDate first = LocalDate.of(year, 5, 10 + ThreadLocalRandom.current().nextInt(10));
        LocalDate last = first.plusDays(3);
        bannerRunning(first, last, "hen-gio-" + token());

        long before = generation.current();
        tx.begin();
        assertTrue(timer.refresh(first), "a contract starts");
        assertEquals(before, generation.current(), "not before the commit");
        tx.commit();
        assertTrue(generation.current() > before, "the cached pages are refreshed");

        tx.begin();
        assertFalse(timer.refresh(first), "once a day");
        assertTrue(timer.refresh(last.plusDays(1)), "the day after a contract ended");
        tx.commit();
    }

    @Test
    void aVoteCountsOncePerBrowserPageAndDay() {
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        String browser = "Mozilla/5.0 Thử nghiệm " + token();
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300));
        Instant morning = BusinessCalendar.startOf(day).plusSeconds(8 * 3600);
        Site site = sites.forReading();
        long before = ratings.votesOn(site, RatingKind.PAGE, "hoi-dap", day);

        assertEquals(RatingOutcome.RECORDED, vote("4", address, browser, morning));
        assertEquals(RatingOutcome.ALREADY_TODAY, vote("5", address, browser, morning.plusSeconds(3600)));
        assertEquals(RatingOutcome.RECORDED, vote("5", address, browser + " khác", morning.plusSeconds(7200)), "another browser");
        assertEquals(before + 2, ratings.votesOn(site, RatingKind.PAGE, "hoi-dap", day));
        assertEquals(RatingOutcome.RECORDED, vote("3", address, browser, morning.plusSeconds(86_400)), "the next day");
        assertEquals(RatingOutcome.INVALID, vote("6", address, browser, morning));
        assertEquals(RatingOutcome.INVALID, vote(null, address, browser, morning));
        assertTrue(desk.rate(new RatingRequest("PAGE", "khong-co-trang-nay", "4", null), address, browser, morning).isEmpty());
        assertTrue(desk.rate(new RatingRequest("ITEM", "khong-co-tin-nay-" + token(), "4", null), address, browser, morning).isEmpty());

        List<?> keys = em.createNativeQuery("SELECT voter_key FROM rating_vote WHERE voted_on = ? AND voter_key IS NOT NULL")
                .setParameter(1, day).getResultList();
        assertTrue(keys.stream().map(String::valueOf).allMatch(k -> k.matches("[0-9a-f]{64}")), keys.toString());
        assertTrue(keys.stream().map(String::valueOf).noneMatch(k -> k.contains(address)));
    }

    @Test
    void theFloodLimitStopsAVisitorAfterThirtyVotesAnHour() {
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        Instant at = BusinessCalendar.startOf(LocalDate.of(2002, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300))).plusSeconds(36_000);
        for (int i = 0; i < 30; i++) {
            assertEquals(RatingOutcome.RECORDED, vote("4", address, "Trình duyệt " + i + " " + token(), at), "vote " + i);
        }
        assertEquals(RatingOutcome.TOO_MANY, vote("4", address, "Trình duyệt thứ 31", at));
    }

    @Test
    void voterKeysAndSaltsOfPastDaysAreForgotten() throws Exception {
        LocalDate day = LocalDate.of(2003, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300));
        vote("2", "192.0.2.7", "Trình duyệt cũ " + token(), BusinessCalendar.startOf(day).plusSeconds(3600));
        tx.begin();
        ratings.forgetBefore(day.plusDays(1));
        tx.commit();
        assertEquals(0L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM rating_vote WHERE voted_on = ? AND voter_key IS NOT NULL")
                .setParameter(1, day).getSingleResult()).longValue());
        assertEquals(0L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM daily_salt WHERE day <= ?")
                .setParameter(1, day).getSingleResult()).longValue());
    }

    private RatingOutcome vote(String score, String address, String browser, Instant at) {
        return desk.rate(new RatingRequest("PAGE", "hoi-dap", score, "Góp ý <script>alert(1)</script>"), address, browser, at)
                .orElseThrow().outcome();
    }

    /** A fresh word for unique names (the client-side fixtures are not in the test deployment). */
    private static String token() {
        return Long.toString(System.nanoTime(), 36);
    }
}
