package vn.ttdt.portal.site.pages.domain;

import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface TouristSiteRepository extends SiteOwnedRepository<TouristSite> {

    Optional<TouristSite> bySlug(Site site, String slug);

    /** A slug for {@code name} that no other tourist site of the site has yet. */
    String freeSlug(Site site, String name);

    TouristSite add(TouristSite touristSite);

    void remove(TouristSite touristSite);

    /** In their order on the public page. */
    List<TouristSite> all(Site site);
}
