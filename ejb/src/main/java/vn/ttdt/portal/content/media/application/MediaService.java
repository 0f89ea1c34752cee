package vn.ttdt.portal.content.media.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import vn.ttdt.portal.content.application.CallerReader;
import vn.ttdt.portal.content.domain.ItemReadAccess;
import vn.ttdt.portal.content.media.domain.MediaLimits;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.shared.domain.NotFoundException;

/**
 * Uploads by the people who write items, through the media library's checks ({@link MediaIntake}). Limits:
 * {@code -Dportal.media.max-image-mb} (default 10), {@code -Dportal.media.max-document-mb} (20),
 * {@code -Dportal.media.max-megapixels} (40).
 */
@Stateless
@RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
public class MediaService {

    @Inject
    private MediaRepository media;

    @Inject
    private MediaIntake intake;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AccountRepository accounts;

    @Resource
    private SessionContext caller;

    public static MediaLimits limits() {
        long mb = 1024L * 1024;
        return new MediaLimits(Settings.integer("portal.media.max-image-mb", 10) * mb,
                Settings.integer("portal.media.max-document-mb", 20) * mb,
                Settings.integer("portal.media.max-megapixels", 40) * 1_000_000L, MediaLimits.DEFAULT.maxSide());
    }

    public MediaView upload(String fileName, @NotNull byte[] bytes) {
        return intake.accept(sites.current(), fileName, bytes, login());
    }

    /** A file of the current site that the caller may read ({@link ItemReadAccess}); else as unknown. */
    public MediaView get(long id) {
        ItemReadAccess.Reader reader = CallerReader.of(caller, accounts);
        return media.byId(sites.current(), id).filter(m -> ItemReadAccess.mayRead(reader, m)).map(MediaView::of)
                .orElseThrow(() -> new NotFoundException("media", id));
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
