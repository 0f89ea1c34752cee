package vn.ttdt.portal.site.advertising.application;

import java.io.Serializable;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.Renditions;
import vn.ttdt.portal.site.advertising.domain.Banner;

/**
 * A banner or link: its title, where it leads, its picture's address and size (null for a text link) and its clicks.
 */
public record BannerView(long id, long contractId, String title, String targetUrl, String imageUrl, Integer width,
                         Integer height, long clicks, long version) implements Serializable {

    /** The width of the rendition a placement shows. */
    static final int SHOWN_WIDTH = 768;

    public static BannerView of(Banner b) {
        Media image = b.getImage();
        if (image == null || image.getWidth() == null) {
            return new BannerView(b.getId(), b.getContract().getId(), b.getTitle(), b.getTargetUrl(), null, null, null,
                    b.getClicks(), b.getVersion());
        }
        Renditions.Rendition shown = Renditions.of(SHOWN_WIDTH, image.getWidth(), image.getHeight());
        return new BannerView(b.getId(), b.getContract().getId(), b.getTitle(), b.getTargetUrl(),
                Renditions.path(image.getKey(), SHOWN_WIDTH), shown.width(), shown.height(), b.getClicks(), b.getVersion());
    }
}
