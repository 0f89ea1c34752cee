package vn.ttdt.portal.organisation.domain;

import java.util.Optional;

public interface SiteRepository {

    Optional<Site> byCode(String code);

    Site add(Site site);
}
