package vn.ttdt.portal.site.advertising.application;

/**
 * A banner as visitors see it: its title, its picture (null for a text link) and the portal's own address that
 * counts the click and leads on ({@code /qc/{id}}); never the advertiser's address itself.
 */
public record PublicBanner(long id, String title, String imageUrl, Integer width, Integer height) {

    public static final String CLICK_PATH = "/qc/";

    static PublicBanner of(BannerView banner) {
        return new PublicBanner(banner.id(), banner.title(), banner.imageUrl(), banner.width(), banner.height());
    }

    public String link() {
        return CLICK_PATH + id;
    }
}
