package vn.ttdt.portal.organisation.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

/**
 * {@link SiteOwnedRepository#byId(Site, long)} for every JPA repository: by primary key, so an object
 * already in the persistence context costs no query, and kept only when {@code site} owns it.
 */
public final class SiteOwnedLookup {

    private SiteOwnedLookup() {
    }

    public static <T extends SiteOwned> Optional<T> byId(EntityManager em, Class<T> type, Site site, long id) {
        return Optional.ofNullable(em.find(type, id)).filter(found -> found.belongsTo(site));
    }
}
