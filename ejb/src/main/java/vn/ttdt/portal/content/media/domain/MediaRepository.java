package vn.ttdt.portal.content.media.domain;

import java.util.Optional;

public interface MediaRepository {

    Optional<Media> byId(long id);

    Media add(Media media);
}
