package vn.ttdt.portal.site.theme.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.content.media.application.MediaIntake;
import vn.ttdt.portal.content.media.application.MediaView;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.StaleDataException;
import vn.ttdt.portal.site.theme.domain.Colour;
import vn.ttdt.portal.site.theme.domain.ContrastRatio;
import vn.ttdt.portal.site.theme.domain.SiteTheme;
import vn.ttdt.portal.site.theme.domain.SiteThemeRepository;
import vn.ttdt.portal.site.theme.domain.ThemeColours;

/**
 * The board's (approvers') and the IT administrator's work on the site's look: name, owner and the footer's legal
 * items, logo and banner through the media library's checks, colours refused with their contrast ratio when people
 * could not read them. Every save is audited and refreshes the public pages once committed.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME})
public class ThemeEditing {

    @Inject
    private SiteThemeRepository themes;

    @Inject
    private MediaRepository media;

    @Inject
    private MediaIntake intake;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public ThemeForm current() {
        Site site = sites.current();
        return ThemeForm.of(site, themes.of(site).orElse(null));
    }

    public ThemeForm save(@NotNull @Valid ThemeDraft draft) {
        Site site = sites.current();
        ThemeColours colours = new ThemeColours(colour(draft.primary()), colour(draft.text()), colour(draft.background()),
                colour(draft.link()));
        colours.shortfalls().stream().findFirst().ifPresent(shortfall -> {
            throw new BusinessRuleException("theme.contrast.tooLow", "contrast " + shortfall,
                    DomainTexts.text("theme.pairing." + shortfall.pairing().name()),
                    shortfall.ratio().shown(ContrastRatio.NORMAL_TEXT), ContrastRatio.vietnamese(ContrastRatio.NORMAL_TEXT));
        });
        imageOfTheSite(site, draft.logoKey());
        imageOfTheSite(site, draft.bannerKey());
        SiteTheme theme = themes.of(site).orElse(null);
        StaleDataException.check("site-theme", site.getCode(), draft.version(), theme == null ? -1 : theme.getVersion());
        if (theme == null) {
            theme = themes.add(new SiteTheme(site, login(), clock.instant()));
        }
        site.present(draft.siteName().strip(), draft.ownerName().strip());
        site.describeContacts(draft.address().strip(), draft.phone().strip(), draft.email().strip(), draft.licence().strip(),
                draft.responsiblePerson().strip());
        theme.restyle(draft.logoKey(), draft.bannerKey(), colours, draft.footerNote(), login(), clock.instant());
        audit.record(login(), AuditAction.THEME_SAVED, "site-theme", site.getCode(), site.getName() + " " + colours.primary().hex() + " "
                + colours.text().hex() + " " + colours.background().hex() + " " + colours.link().hex(),
                origin.remoteAddress());
        published.fire(new PublishedContentChanged("site theme"));
        return ThemeForm.of(site, themes.saved(theme));
    }

    /** A logo or banner picture, through the media library's checks; only images are taken. */
    public MediaView uploadImage(String fileName, @NotNull byte[] bytes) {
        if (MediaFormat.byExtension(fileName).filter(MediaFormat::isImage).isEmpty()) {
            throw new BusinessRuleException("theme.image.notImage", "theme picture is not an image: " + fileName);
        }
        return intake.accept(sites.current(), fileName, bytes, login());
    }

    private void imageOfTheSite(Site site, String key) {
        if (key != null && !key.isBlank() && media.byKey(site, key.strip()).filter(Media::isImage).isEmpty()) {
            throw new BusinessRuleException("theme.image.unknown", "no image " + key + " in the site's media");
        }
    }

    private static Colour colour(String text) {
        return Colour.parse(text).orElseThrow(() -> new BusinessRuleException("theme.colour.pattern", "not a colour: " + text));
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
