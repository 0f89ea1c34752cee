package vn.ttdt.portal.content.media.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.ttdt.portal.content.media.domain.MediaFiles;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.organisation.application.SiteDirectory;

/**
 * The renditions the public portal serves at {@code /media/{key}/{width}.jpg}: only of media uploaded for the
 * site this deployment serves (the folder of files is shared by every site, and a file whose media row was never
 * committed belongs to none); originals are never served from here. A key found to be the site's is remembered,
 * since media never change site, so a rendition costs a database query only the first time.
 */
@ApplicationScoped
public class PublicMedia {

    private static final int REMEMBERED_KEYS = 100_000;

    @Inject
    private MediaFiles store;

    @Inject
    private MediaRepository media;

    @Inject
    private SiteDirectory sites;

    private final Set<String> keysOfTheSite = ConcurrentHashMap.newKeySet();

    public Optional<Path> rendition(String key, int width) {
        return store.rendition(key, width).filter(file -> ofTheSite(key));
    }

    private boolean ofTheSite(String key) {
        if (keysOfTheSite.contains(key)) {
            return true;
        }
        long site = sites.forReading().getId();
        boolean ours = media.siteIdOf(key).filter(id -> id == site).isPresent();
        if (ours) {
            if (keysOfTheSite.size() >= REMEMBERED_KEYS) {
                keysOfTheSite.clear();
            }
            keysOfTheSite.add(key);
        }
        return ours;
    }
}
