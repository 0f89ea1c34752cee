package vn.ttdt.portal.content.media.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import vn.ttdt.portal.content.media.infrastructure.files.MediaStore;

/** The renditions the public portal serves at {@code /media/{key}/{width}.jpg}; originals are never served from here. */
@ApplicationScoped
public class PublicMedia {

    @Inject
    private MediaStore store;

    public Optional<Path> rendition(String key, int width) {
        return store.rendition(key, width);
    }
}
