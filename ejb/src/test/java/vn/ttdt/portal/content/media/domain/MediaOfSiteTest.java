package vn.ttdt.portal.content.media.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Site;

/** An uploaded file is the site's it was uploaded for, and no other's. */
class MediaOfSiteTest {

    private final Site camMy = new Site("default", "Trang TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");
    private final Media photo = new Media(camMy, "0123abcd", "le-hoi.jpg", MediaFormat.JPEG, 2048, "ab".repeat(32),
            800, 600, "ctv.demo", Instant.parse("2024-03-01T02:00:00Z"));

    @Test
    void mediaBelongsToTheSiteItWasUploadedFor() {
        assertTrue(photo.belongsTo(camMy));
        assertTrue(photo.belongsTo(new Site("default", "Cẩm Mỹ, đọc lại", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ")));
        assertFalse(photo.belongsTo(new Site("xuan-loc", "Trang TTĐT huyện Xuân Lộc", "Xuân Lộc", "UBND huyện Xuân Lộc")));
        assertFalse(photo.belongsTo(null));
    }
}
