package vn.ttdt.portal.site.pages.domain;

import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface PortalLinkRepository extends SiteOwnedRepository<PortalLink> {

    PortalLink add(PortalLink link);

    void remove(PortalLink link);

    /** By kind, then position. */
    List<PortalLink> all(Site site);
}
