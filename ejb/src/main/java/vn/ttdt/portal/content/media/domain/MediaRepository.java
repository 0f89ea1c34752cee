package vn.ttdt.portal.content.media.domain;

import java.util.Optional;

public interface MediaRepository {

    Optional<Media> byId(long id);

    /** The id of the site a stored key was uploaded for; empty when no media has that key. */
    Optional<Long> siteIdOf(String key);

    Media add(Media media);
}
