package vn.ttdt.portal.organisation.domain;

import java.util.List;
import java.util.Optional;

public interface UnitGroupRepository {

    List<UnitGroup> allOf(Site site);

    Optional<UnitGroup> byId(long id);

    UnitGroup add(UnitGroup group);
}
