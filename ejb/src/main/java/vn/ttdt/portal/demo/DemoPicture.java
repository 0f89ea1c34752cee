package vn.ttdt.portal.demo;

import java.util.function.Supplier;

/**
 * A picture of the demo data as it enters the media library: its file name, its bytes, the caption shown under it and
 * the credit after "Ảnh:". Either a shipped photo ({@link DemoPhotos}) or an illustration painted at the first start
 * ({@link DemoPictures}).
 */
record DemoPicture(String name, Supplier<byte[]> bytes, String caption, String credit) {

    static final String PAINTED_CREDIT = "Ban Biên tập (ảnh minh họa, dữ liệu mẫu)";

    static DemoPicture painted(String name, Supplier<byte[]> picture, String caption) {
        return new DemoPicture(name + ".jpg", picture, caption, PAINTED_CREDIT);
    }

    static DemoPicture photo(String file, String caption) {
        DemoPhotos.Entry photo = DemoPhotos.named(file);
        return new DemoPicture(file, photo::bytes, caption, photo.credit());
    }
}
