package vn.ttdt.portal.demo;

import java.util.List;
import vn.ttdt.portal.content.domain.Photo;
import vn.ttdt.portal.content.media.application.MediaIntake;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.organisation.domain.Site;

/**
 * The demo data's pictures ({@link DemoPicture}), taken into the media library through its checks and renditions
 * like any upload: the items' photos, the tourist sites' photos, the theme's logo and banner.
 */
record DemoIllustrations(Site site, MediaIntake intake, MediaRepository media) {

    private static final String BY = "demo";

    /** The picture as an item's photo: the image with its caption and credit. */
    Photo photo(DemoPicture picture) {
        return new Photo(image(picture), picture.caption(), picture.credit(), null);
    }

    /** The media keys of the pictures, in order. */
    List<String> keys(List<DemoPicture> pictures) {
        return pictures.stream().map(p -> image(p).getKey()).toList();
    }

    String logo() {
        return image(DemoPicture.painted("logo", DemoPictures::emblem, "")).getKey();
    }

    String banner() {
        return image(DemoPicture.painted("banner", DemoPictures::banner, "")).getKey();
    }

    private Media image(DemoPicture picture) {
        long id = intake.accept(site, picture.name(), picture.bytes().get(), BY).id();
        return media.byId(site, id).orElseThrow();
    }
}
