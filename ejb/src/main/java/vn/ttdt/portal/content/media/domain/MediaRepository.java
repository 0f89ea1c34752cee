package vn.ttdt.portal.content.media.domain;

import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface MediaRepository extends SiteOwnedRepository<Media> {

    /** The id of the site a stored key was uploaded for; empty when no media has that key. */
    Optional<Long> siteIdOf(String key);

    Media add(Media media);
}
