package vn.ttdt.portal.content.media.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Logger;
import vn.ttdt.portal.content.media.domain.ImageRendering;
import vn.ttdt.portal.content.application.CallerReader;
import vn.ttdt.portal.content.domain.ItemReadAccess;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaFiles;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.MediaLimits;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.content.media.domain.UploadRules;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.shared.domain.NotFoundException;

/**
 * Uploads by the people who write items: checked by content ({@link UploadRules}), images
 * decoded within the pixel limit and rendered, files stored under a generated key, and a
 * {@link Media} row recorded. Limits: {@code -Dportal.media.max-image-mb} (default 10),
 * {@code -Dportal.media.max-document-mb} (20), {@code -Dportal.media.max-megapixels} (40).
 */
@Stateless
@RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
public class MediaService {

    private static final Logger LOG = Logger.getLogger(MediaService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private MediaRepository media;

    @Inject
    private MediaFiles store;

    @Inject
    private ImageRendering images;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public static MediaLimits limits() {
        long mb = 1024L * 1024;
        return new MediaLimits(Settings.integer("portal.media.max-image-mb", 10) * mb,
                Settings.integer("portal.media.max-document-mb", 20) * mb,
                Settings.integer("portal.media.max-megapixels", 40) * 1_000_000L, MediaLimits.DEFAULT.maxSide());
    }

    public MediaView upload(String fileName, @NotNull byte[] bytes) {
        String name = UploadRules.cleanName(fileName);
        MediaLimits limits = limits();
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
        try {
            Media kept = media.add(new Media(sites.current(), key, name, format, bytes.length, sha256(bytes), width, height,
                    login(), clock.instant()));
            LOG.info(() -> "media " + kept.getId() + " (" + format + ", " + bytes.length + " bytes) uploaded by " + login());
            return MediaView.of(kept);
        } catch (RuntimeException e) {
            store.remove(key);
            throw e;
        }
    }

    /** A file of the current site that the caller may read ({@link ItemReadAccess}); else as unknown. */
    public MediaView get(long id) {
        ItemReadAccess.Reader reader = CallerReader.of(caller, accounts);
        return media.byId(sites.current(), id).filter(m -> ItemReadAccess.mayRead(reader, m)).map(MediaView::of)
                .orElseThrow(() -> new NotFoundException("media", id));
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

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
