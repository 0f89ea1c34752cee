package vn.ttdt.portal.site.advertising.domain;

import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface BannerRepository extends SiteOwnedRepository<Banner> {

    Banner add(Banner banner);

    void remove(Banner banner);

    List<Banner> of(AdContract contract);

    /** The banners of {@code placement} whose contract runs on {@code day}, oldest first. */
    List<Banner> shownOn(Site site, Placement placement, LocalDate day);

    /** Adds one click to the banner's count. */
    void countClick(Banner banner);
}
