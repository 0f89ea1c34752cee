package vn.ttdt.portal.site.theme.application;

import java.util.HexFormat;
import java.util.function.Function;
import vn.ttdt.portal.content.media.application.MediaView;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.Renditions;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.site.theme.domain.Colour;
import vn.ttdt.portal.site.theme.domain.ContrastRatio;
import vn.ttdt.portal.site.theme.domain.SiteTheme;
import vn.ttdt.portal.site.theme.domain.ThemeColours;

/**
 * What the public pages show of the site's look: its name, the footer's legal items and note, the colours (checked
 * {@code #rrggbb}, safe in a style sheet), the logo and banner renditions. {@code fingerprint} changes with the
 * colours and pictures, so the theme's style sheet can be kept by browsers under an address that names it.
 */
public record ThemeView(String siteName, String ownerName, String licence, String responsiblePerson, String address,
                        String phone, String email, String footerNote, String primary, String text, String background,
                        String link, MediaView.RenditionLink logo, MediaView.RenditionLink banner, String fingerprint) {

    private static final int LOGO_WIDTH = 320;
    private static final Colour GREY = new Colour(0x55, 0x55, 0x55);
    private static final int BANNER_WIDTH = 1200;

    static ThemeView of(Site site, SiteTheme theme, Function<String, Media> mediaByKey) {
        ThemeColours colours = theme == null ? SiteTheme.DEFAULT_COLOURS : theme.colours();
        MediaView.RenditionLink logo = theme == null ? null : rendition(mediaByKey, theme.getLogoKey(), LOGO_WIDTH);
        MediaView.RenditionLink banner = theme == null ? null : rendition(mediaByKey, theme.getBannerKey(), BANNER_WIDTH);
        String style = colours.primary().hex() + colours.text().hex() + colours.background().hex() + colours.link().hex()
                + (banner == null ? "" : banner.url());
        return new ThemeView(site.getName(), site.getOwnerName(), site.getLicence(), site.getEditorInChief(), site.getAddress(),
                site.getPhone(), site.getEmail(), theme == null ? null : theme.getFooterNote(), colours.primary().hex(),
                colours.text().hex(), colours.background().hex(), colours.link().hex(), logo, banner,
                HexFormat.of().toHexDigits(style.hashCode()));
    }

    private static MediaView.RenditionLink rendition(Function<String, Media> mediaByKey, String key, int width) {
        Media image = key == null ? null : mediaByKey.apply(key);
        if (image == null || !image.isImage()) {
            return null;
        }
        Renditions.Rendition r = Renditions.of(width, image.getWidth(), image.getHeight());
        return new MediaView.RenditionLink(r.width(), r.height(), Renditions.path(key, r.nameWidth()));
    }

    /**
     * The style sheet that gives the public pages these colours and banner: custom properties only. Secondary text
     * (dates, captions) keeps its grey only where that grey is readable on the background; else it takes the text's colour.
     */
    public String styleSheet() {
        Colour bg = Colour.parse(background).orElse(Colour.WHITE);
        boolean greyReadable = ContrastRatio.between(GREY, bg).reaches(ContrastRatio.NORMAL_TEXT);
        StringBuilder css = new StringBuilder(":root{--brand:").append(primary).append(";--text:").append(text)
                .append(";--bg:").append(background).append(";--link:").append(link)
                .append(";--muted:").append(greyReadable ? GREY.hex() : text).append(";}\n");
        if (banner != null) {
            css.append(".site-header{--banner:url(\"").append(banner.url()).append("\");}\n");
        }
        return css.toString();
    }
}
