package vn.ttdt.portal.organisation.domain;

import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

public interface UnitRepository extends SiteOwnedRepository<Unit> {

    Optional<Unit> byName(Site site, String name);

    Optional<Unit> byShortName(Site site, String shortName);

    /** The units of {@code site} that match {@code filter}; another site's never. */
    Page<Unit> search(Site site, UnitFilter filter, PageRequest page);

    List<Unit> active(Site site);

    Unit add(Unit unit);

    long count();
}
