package vn.ttdt.portal.demo;

import java.util.List;
import java.util.function.Supplier;
import vn.ttdt.portal.content.domain.Photo;
import vn.ttdt.portal.content.media.application.MediaIntake;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.organisation.domain.Site;

/**
 * The demo data's pictures ({@link DemoPictures}), taken into the media library through its checks and renditions
 * like any upload: the items' covers in the order of {@link DemoContent}'s items, the tourist sites' photos, the
 * theme's logo and banner.
 */
record DemoIllustrations(Site site, MediaIntake intake, MediaRepository media) {

    private static final String BY = "demo";
    private static final String CREDIT = "Ban Biên tập (ảnh minh họa, dữ liệu mẫu)";

    private record Cover(String name, Supplier<byte[]> picture, String caption) {
    }

    private static final List<Cover> ITEM_COVERS = List.of(
            new Cover("mot-cua-xuan-duong", DemoPictures::oneStopOffice, "Trụ sở UBND xã, nơi đặt bộ phận một cửa"),
            new Cover("chuyen-doi-so", DemoPictures::digitalVillage, "Thanh toán bằng mã QR ở vùng nông thôn"),
            new Cover("bong-da-thanh-nien", DemoPictures::footballMatch, "Trận khai mạc giải bóng đá thanh niên"),
            new Cover("hoi-nghi-nong-thon-moi", DemoPictures::meetingHall, "Quang cảnh hội nghị sơ kết"),
            new Cover("duong-lien-ap", DemoPictures::villageRoad, "Con đường liên ấp mới mở giữa vườn cao su"),
            new Cover("chua-gia-lao", DemoPictures::mountainPagoda, "Núi Chứa Chan, chùa Gia Lào nhìn từ chân núi"));

    /** The cover of the {@code n}-th demo item, or null when it has none. */
    Photo itemCover(int n) {
        if (n >= ITEM_COVERS.size()) {
            return null;
        }
        Cover cover = ITEM_COVERS.get(n);
        return new Photo(image(cover.name(), cover.picture().get()), cover.caption(), CREDIT, null);
    }

    String chuaChan() {
        return key("nui-chua-chan", DemoPictures.mountainView());
    }

    String suoiVong() {
        return key("ho-suoi-vong", DemoPictures.lake());
    }

    String logo() {
        return key("logo", DemoPictures.emblem());
    }

    String banner() {
        return key("banner", DemoPictures.banner());
    }

    private String key(String name, byte[] picture) {
        return image(name, picture).getKey();
    }

    private Media image(String name, byte[] picture) {
        long id = intake.accept(site, name + ".jpg", picture, BY).id();
        return media.byId(site, id).orElseThrow();
    }
}
