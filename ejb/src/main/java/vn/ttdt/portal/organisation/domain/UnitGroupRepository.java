package vn.ttdt.portal.organisation.domain;

import java.util.List;
import java.util.Optional;

public interface UnitGroupRepository extends SiteOwnedRepository<UnitGroup> {

    List<UnitGroup> allOf(Site site);

    UnitGroup add(UnitGroup group);
}
