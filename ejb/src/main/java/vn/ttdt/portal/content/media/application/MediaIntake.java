package vn.ttdt.portal.content.media.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Logger;
import vn.ttdt.portal.content.media.domain.ImageRendering;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaFiles;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.MediaLimits;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.content.media.domain.UploadRules;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.application.TransactionOutcome;

/**
 * How a file enters the media library, whoever sends it: checked by content ({@link UploadRules}), images decoded
 * within the pixel limit and rendered, files stored under a generated key, and a {@link Media} row recorded; the files
 * are taken back if the transaction that records the row rolls back, however late. The
 * services that accept uploads decide who may send one and call this; so does the demo data.
 */
@ApplicationScoped
public class MediaIntake {

    private static final Logger LOG = Logger.getLogger(MediaIntake.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private MediaRepository media;

    @Inject
    private MediaFiles store;

    @Inject
    private ImageRendering images;

    @Inject
    private TransactionOutcome outcome;

    @Inject
    private Clock clock;

    public MediaView accept(Site site, String fileName, byte[] bytes, String by) {
        String name = UploadRules.cleanName(fileName);
        MediaLimits limits = MediaService.limits();
        MediaFormat format = UploadRules.check(name, bytes, limits);
        Integer width = null;
        Integer height = null;
        Map<Integer, byte[]> renditions = Map.of();
        if (format.isImage()) {
            ImageRendering.Rendered rendered = images.render(bytes, format, limits);
            width = rendered.width();
            height = rendered.height();
            renditions = rendered.renditions();
        }
        String key = newKey();
        store.store(key, format.extension(), bytes, renditions);
        outcome.onRollback(() -> store.remove(key));
        try {
            Media kept = media.add(new Media(site, key, name, format, bytes.length, sha256(bytes), width, height, by, clock.instant()));
            LOG.info(() -> "media " + kept.getId() + " (" + format + ", " + bytes.length + " bytes) uploaded by " + by);
            return MediaView.of(kept);
        } catch (RuntimeException e) {
            store.remove(key);
            throw e;
        }
    }

    private static String newKey() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
