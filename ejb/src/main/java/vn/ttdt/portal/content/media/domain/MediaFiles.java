package vn.ttdt.portal.content.media.domain;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where uploaded files and their renditions are kept, under a media's key, outside every web root. */
public interface MediaFiles {

    void store(String key, String extension, byte[] original, Map<Integer, byte[]> renditions);

    /** The file of a rendition, when the key and width are well-formed and the file exists. */
    Optional<Path> rendition(String key, int width);

    /** The original file of a media, when the key is well-formed and the file exists. */
    Optional<Path> original(String key, MediaFormat format);

    /** Removes what was written for a key whose upload did not complete. */
    void remove(String key);
}
