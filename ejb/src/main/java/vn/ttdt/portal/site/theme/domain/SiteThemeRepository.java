package vn.ttdt.portal.site.theme.domain;

import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface SiteThemeRepository extends SiteOwnedRepository<SiteTheme> {

    /** The site's theme; empty while the site was never restyled. */
    Optional<SiteTheme> of(Site site);

    SiteTheme add(SiteTheme theme);

    /** Writes a changed theme now, so that its new version is known before the transaction ends. */
    SiteTheme saved(SiteTheme theme);
}
