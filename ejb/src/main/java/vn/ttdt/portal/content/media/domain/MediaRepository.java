package vn.ttdt.portal.content.media.domain;

import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface MediaRepository extends SiteOwnedRepository<Media> {

    /** The id of the site a stored key was uploaded for; empty when no media has that key. */
    Optional<Long> siteIdOf(String key);

    /** The media of {@code site} stored under {@code key}; empty for an unknown key and for another site's. */
    Optional<Media> byKey(Site site, String key);

    Media add(Media media);
}
