package vn.ttdt.portal.site.theme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;

/**
 * The look of a site's public pages, which the board adjusts without code: its logo and banner (images of the site's
 * media library, by key), its {@link ThemeColours} (never saved with a pairing people cannot read) and a footer note
 * below the items the law requires of every portal's footer. A site never restyled shows {@link #DEFAULT_COLOURS}.
 */
@Entity
@Table(name = "site_theme")
public class SiteTheme extends SiteOwned {

    public static final ThemeColours DEFAULT_COLOURS = new ThemeColours(hex("#a31515"), hex("#1c1c1c"), hex("#f6f6f4"), hex("#0b4f8a"));

    @Column(name = "logo_key")
    private String logoKey;

    @Column(name = "banner_key")
    private String bannerKey;

    @Column(name = "colour_primary")
    private String primary;

    @Column(name = "colour_text")
    private String text;

    @Column(name = "colour_background")
    private String background;

    @Column(name = "colour_link")
    private String link;

    @Column(name = "footer_note")
    private String footerNote;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected SiteTheme() {
    }

    public SiteTheme(Site site, String by, Instant at) {
        super(site);
        colour(DEFAULT_COLOURS);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Changes the look; refused when a pairing of the colours misses WCAG AA. */
    public void restyle(String logoKey, String bannerKey, ThemeColours colours, String footerNote, String by, Instant at) {
        if (!colours.shortfalls().isEmpty()) {
            throw new IllegalArgumentException("colours below WCAG AA: " + colours.shortfalls());
        }
        this.logoKey = blankToNull(logoKey);
        this.bannerKey = blankToNull(bannerKey);
        colour(colours);
        this.footerNote = blankToNull(footerNote);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public ThemeColours colours() {
        return new ThemeColours(hex(primary), hex(text), hex(background), hex(link));
    }

    private void colour(ThemeColours colours) {
        this.primary = colours.primary().hex();
        this.text = colours.text().hex();
        this.background = colours.background().hex();
        this.link = colours.link().hex();
    }

    private static Colour hex(String text) {
        return Colour.parse(text).orElseThrow(() -> new IllegalStateException("not a colour: " + text));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getLogoKey() { return logoKey; }
    public String getBannerKey() { return bannerKey; }
    public String getFooterNote() { return footerNote; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
