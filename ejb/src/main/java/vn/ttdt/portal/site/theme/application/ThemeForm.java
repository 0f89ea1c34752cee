package vn.ttdt.portal.site.theme.application;

import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.site.theme.domain.SiteTheme;
import vn.ttdt.portal.site.theme.domain.ThemeColours;

/** The site's look as the back-office shows it for editing; {@code version} is -1 while the site was never restyled. */
public record ThemeForm(String siteName, String ownerName, String licence, String responsiblePerson, String address,
                        String phone, String email, String footerNote, String primary, String text, String background,
                        String link, String logoKey, String bannerKey, long version) {

    static ThemeForm of(Site site, SiteTheme theme) {
        ThemeColours colours = theme == null ? SiteTheme.DEFAULT_COLOURS : theme.colours();
        return new ThemeForm(site.getName(), site.getOwnerName(), site.getLicence(), site.getEditorInChief(), site.getAddress(),
                site.getPhone(), site.getEmail(), theme == null ? null : theme.getFooterNote(), colours.primary().hex(),
                colours.text().hex(), colours.background().hex(), colours.link().hex(),
                theme == null ? null : theme.getLogoKey(), theme == null ? null : theme.getBannerKey(),
                theme == null ? -1 : theme.getVersion());
    }
}
