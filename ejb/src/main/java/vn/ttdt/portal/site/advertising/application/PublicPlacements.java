package vn.ttdt.portal.site.advertising.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.content.application.PublishedSnapshots;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.advertising.domain.BannerRepository;
import vn.ttdt.portal.site.advertising.domain.Placement;

/**
 * What the public site shows in its advertising placements: the banners of the contracts that run today (Vietnamese
 * date), and the click counter that leads a visitor on to a known banner's address.
 */
@Stateless
@PermitAll
public class PublicPlacements {

    @Inject
    private BannerRepository banners;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    @Inject
    private PublishedSnapshots snapshots;

    public List<PublicBanner> today(Placement placement) {
        LocalDate today = BusinessCalendar.dayOf(clock.instant());
        return snapshots.of(new Shown(sites.forReading().getId(), placement, today), () -> shownOn(placement, today));
    }

    private record Shown(long site, Placement placement, LocalDate day) {
    }

    /** The banners of {@code placement} on {@code day}: those whose contract runs that day, oldest first. */
    public List<PublicBanner> shownOn(Placement placement, LocalDate day) {
        return banners.shownOn(sites.forReading(), placement, day).stream().map(BannerView::of).map(PublicBanner::of).toList();
    }

    /**
     * The address banner {@code id} of this site leads to, its click counted; empty for any other id. A banner whose
     * contract ended still leads on (a page cached a moment before midnight may still show it) but is not counted.
     */
    public Optional<String> click(long id) {
        LocalDate today = BusinessCalendar.dayOf(clock.instant());
        return banners.byId(sites.current(), id).map(banner -> {
            if (banner.getContract().runsOn(today)) {
                banners.countClick(banner);
            }
            return banner.getTargetUrl();
        });
    }
}
