package vn.ttdt.portal.organisation.domain;

import java.util.List;
import java.util.Optional;

public interface SiteRepository {

    Optional<Site> byCode(String code);

    Site add(Site site);

    List<Site> all();
}
