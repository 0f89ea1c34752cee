package vn.ttdt.portal.organisation.domain;

import java.util.Optional;

/** The one way to load a site-owned object a caller names by id. */
public interface SiteOwnedRepository<T extends SiteOwned> {

    /** The object {@code id} of {@code site}; empty for an unknown id and for another site's object alike. */
    Optional<T> byId(Site site, long id);
}
