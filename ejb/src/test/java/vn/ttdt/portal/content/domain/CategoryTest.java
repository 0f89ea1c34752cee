package vn.ttdt.portal.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryTest {

    private final Category news = new Category(null, null, "Tin tức", "tin-tuc", null, 1);
    private final Category communes = new Category(null, news, "Tin xã, thị trấn", "tin-xa-thi-tran", null, 1);
    private final Category longGiao = new Category(null, communes, "Xã Long Giao", "xa-long-giao", null, 1);
    private final Category tourism = new Category(null, null, "Du lịch", "du-lich", null, 2);

    @Test
    void aCategoryNothingAboveHidesIsShown() {
        assertEquals(List.of(true, true, true, true), shown());
    }

    @Test
    void hidingACategoryHidesItsWholeSubtreeAndNothingElse() {
        news.hide();

        assertEquals(List.of(false, false, false, true), shown());
        assertTrue(communes.isVisible(), "the subcategory itself is not marked hidden");
    }

    @Test
    void hidingASubcategoryLeavesItsParentShown() {
        communes.hide();

        assertEquals(List.of(true, false, false, true), shown());
    }

    @Test
    void showingAParentAgainBringsBackOnlyTheSubcategoriesNotHiddenThemselves() {
        longGiao.hide();
        news.hide();
        news.show();

        assertEquals(List.of(true, true, false, true), shown());
    }

    @Test
    void aSubcategoryMovedFromUnderAHiddenParentIsShownAgain() {
        news.hide();
        communes.describe("Tin xã, thị trấn", "tin-xa-thi-tran", null, tourism);

        assertTrue(communes.isShownPublicly());
        assertTrue(longGiao.isShownPublicly());
        assertFalse(news.isShownPublicly());
    }

    private List<Boolean> shown() {
        return List.of(news.isShownPublicly(), communes.isShownPublicly(), longGiao.isShownPublicly(),
                tourism.isShownPublicly());
    }
}
