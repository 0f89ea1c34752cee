package vn.ttdt.portal.content.media.infrastructure.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.ttdt.portal.content.media.domain.MediaFiles;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.Renditions;
import vn.ttdt.portal.shared.application.Settings;

/**
 * The folder of uploaded files, outside every web root: {@code -Dportal.media.dir}, by default
 * {@code portal-media} in the server's data directory. Each upload has a folder named by its key
 * ({@code ab/abcdef…/}) holding {@code original.<ext>} and the renditions {@code <width>.jpg}.
 * Files are written to a temporary name and moved into place, so a reader never sees half a file.
 */
@ApplicationScoped
public class MediaStore implements MediaFiles {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    public static Path root() {
        String dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(Settings.text("portal.media.dir", Path.of(dataDir, "portal-media").toString()));
    }

    @Override
    public void store(String key, String extension, byte[] original, Map<Integer, byte[]> renditions) {
        Path folder = folder(key);
        try {
            Files.createDirectories(folder);
            write(folder.resolve("original." + extension), original);
            for (Map.Entry<Integer, byte[]> rendition : renditions.entrySet()) {
                write(folder.resolve(rendition.getKey() + ".jpg"), rendition.getValue());
            }
        } catch (IOException e) {
            remove(key);
            throw new UncheckedIOException("cannot store media " + key + " in " + folder, e);
        }
    }

    @Override
    public Optional<Path> rendition(String key, int width) {
        if (key == null || !KEY.matcher(key).matches() || !Renditions.isRenditionWidth(width)) {
            return Optional.empty();
        }
        Path file = folder(key).resolve(width + ".jpg");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public Optional<Path> original(String key, MediaFormat format) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = folder(key).resolve("original." + format.extension());
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public void remove(String key) {
        Path folder = folder(key);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover folder without a media row is never served by anyone who does not know its key
        }
    }

    private static Path folder(String key) {
        return root().resolve(key.substring(0, 2)).resolve(key);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.write(partial, bytes);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
