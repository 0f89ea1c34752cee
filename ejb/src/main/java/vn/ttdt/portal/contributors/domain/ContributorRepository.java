package vn.ttdt.portal.contributors.domain;

import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

public interface ContributorRepository extends SiteOwnedRepository<Contributor> {

    Contributor add(Contributor contributor);

    /** The site's contributor whose account is {@code accountId}, if the registry has one. */
    Optional<Contributor> byAccount(Site site, long accountId);

    /** The site's contributors matching {@code filter}, by name (or by the page's sort field: fullName, penName). */
    Page<Contributor> search(Site site, ContributorFilter filter, PageRequest page);
}
