package vn.ttdt.portal.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.NotFoundException;

/** The back office finds an item of its own site only; another site's answers like an id that does not exist. */
class SiteItemsTest {

    private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

    private final Site camMy = new Site("default", "Trang TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");
    private final Site xuanLoc = new Site("xuan-loc", "Trang TTĐT huyện Xuân Lộc", "Xuân Lộc", "UBND huyện Xuân Lộc");
    private final ContentItem ours = new ContentItem(camMy, "tin-cam-my", "ctv.demo", NOW);
    private final ContentItem theirs = new ContentItem(xuanLoc, "tin-xuan-loc", "ctv.demo", NOW);
    private final Map<Long, ContentItem> stored = Map.of(1L, ours, 2L, theirs);
    private final SiteItems items = new SiteItems((site, id) -> Optional.ofNullable(stored.get(id)).filter(item -> item.belongsTo(site)),
            () -> new Site("default", "Cẩm Mỹ, đọc lại", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ"));

    @Test
    void anItemOfTheCurrentSiteIsFound() {
        assertSame(ours, items.find(1));
    }

    @Test
    void anItemOfAnotherSiteIsUnknownLikeAnIdThatDoesNotExist() {
        NotFoundException foreign = assertThrows(NotFoundException.class, () -> items.find(2));
        NotFoundException missing = assertThrows(NotFoundException.class, () -> items.find(3));

        assertEquals("item 2 not found", foreign.getMessage());
        assertEquals("item 3 not found", missing.getMessage());
    }
}
