package vn.ttdt.portal.site.pages.domain;

import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface SitePageRepository extends SiteOwnedRepository<SitePage> {

    Optional<SitePage> byKind(Site site, SitePageKind kind);

    SitePage add(SitePage page);

    SitePageRevision add(SitePageRevision revision);

    /** The page's revisions, newest first, at most {@code limit}. */
    List<SitePageRevision> revisions(Site site, SitePageKind kind, int limit);
}
