package vn.ttdt.portal.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A unit sends items to its own site only; a site is the same however often it is read. */
class UnitOfSiteTest {

    private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

    private final Site camMy = new Site("default", "Trang TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");
    private final Site xuanLoc = new Site("xuan-loc", "Trang TTĐT huyện Xuân Lộc", "Xuân Lộc", "UBND huyện Xuân Lộc");
    private final Unit longGiao = new Unit(camMy, new UnitGroup(camMy, "xa", "Xã, thị trấn", "Chủ tịch UBND", 1),
            "UBND xã Long Giao", "Xã Long Giao", null, NOW);

    @Test
    void aSiteIsTheSameWhenReadAgainAndNeverAnotherOrNone() {
        assertTrue(camMy.isSameAs(camMy));
        assertTrue(camMy.isSameAs(new Site("default", "Cẩm Mỹ, đọc lại", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ")));
        assertFalse(camMy.isSameAs(xuanLoc));
        assertFalse(camMy.isSameAs(null));
    }

    @Test
    void aUnitBelongsToItsOwnSiteOnly() {
        assertTrue(longGiao.belongsTo(camMy));
        assertTrue(longGiao.belongsTo(new Site("default", "Cẩm Mỹ, đọc lại", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ")), "the same site read again");
        assertFalse(longGiao.belongsTo(xuanLoc));
        assertFalse(longGiao.belongsTo(null));
    }
}
