package vn.ttdt.portal.content.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Site;

/** Where a writer may file an item: a category of its own site that citizens see, or the hidden one it is already in. */
class ItemFilingTest {

    private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

    private final Site camMy = new Site("default", "Trang TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");
    private final Site xuanLoc = new Site("xuan-loc", "Trang TTĐT huyện Xuân Lộc", "Xuân Lộc", "UBND huyện Xuân Lộc");
    private final Category news = new Category(camMy, null, "Tin tức", "tin-tuc", null, 1);
    private final Category communes = new Category(camMy, news, "Tin xã, thị trấn", "tin-xa-thi-tran", null, 1);
    private final Category tourism = new Category(camMy, null, "Du lịch", "du-lich", null, 2);

    @Test
    void aCategoryBelongsToItsOwnSiteOnly() {
        assertTrue(news.belongsTo(camMy));
        assertTrue(news.belongsTo(new Site("default", "Cẩm Mỹ, đọc lại", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ")), "the same site read again");
        assertFalse(news.belongsTo(xuanLoc));
        assertFalse(news.belongsTo(null));
    }

    @Test
    void aNewItemGoesOnlyIntoACategoryCitizensSee() {
        news.hide();
        ContentItem item = new ContentItem(camMy, "tin-moi", "ctv.demo", NOW);

        assertFalse(item.mayBeFiledIn(news), "hidden itself");
        assertFalse(item.mayBeFiledIn(communes), "hidden by its parent");
        assertTrue(item.mayBeFiledIn(tourism));
    }

    @Test
    void anItemInACategoryHiddenSinceStaysThereButNoOtherItemMovesIn() {
        ContentItem filed = written(communes);
        ContentItem elsewhere = written(tourism);
        news.hide();

        assertTrue(filed.mayBeFiledIn(communes), "saved again where it is");
        assertFalse(elsewhere.mayBeFiledIn(communes), "moved into a hidden category");
        assertFalse(filed.mayBeFiledIn(news), "moved to another hidden category");
        assertTrue(filed.mayBeFiledIn(tourism), "moved out to a shown category");
    }

    private ContentItem written(Category category) {
        ContentItem item = new ContentItem(camMy, "tin-" + category.getSlug(), "ctv.demo", NOW);
        item.write(ContentKind.NEWS, Genre.NEWS_OR_REPLY, "Tin", "Sapo", "<p>Nội dung</p>", category, null,
                List.of(new AuthorShare("An Nhiên", null, BigDecimal.valueOf(100))), false, NOW);
        return item;
    }
}
