package vn.ttdt.portal.site.pages.domain;

import java.util.Arrays;
import java.util.Optional;

/** The pages of the introduction, each at {@code /gioi-thieu/{slug}}; titles live in the bundles as {@code sitePage.<NAME>}. */
public enum SitePageKind {
    NATURAL_CONDITIONS("dieu-kien-tu-nhien"),
    HISTORY("lich-su"),
    ECONOMY("kinh-te"),
    CULTURE("van-hoa"),
    SPOKESPERSON("nguoi-phat-ngon"),
    CONTACTS("lien-he");

    private final String slug;

    SitePageKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<SitePageKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
