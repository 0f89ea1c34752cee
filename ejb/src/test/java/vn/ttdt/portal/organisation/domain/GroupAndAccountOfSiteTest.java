package vn.ttdt.portal.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A unit group and an account are their own site's only, however often that site is read. */
class GroupAndAccountOfSiteTest {

    private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

    private final Site camMy = new Site("default", "Trang TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");
    private final Site camMyReadAgain = new Site("default", "Cẩm Mỹ, đọc lại", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");
    private final Site xuanLoc = new Site("xuan-loc", "Trang TTĐT huyện Xuân Lộc", "Xuân Lộc", "UBND huyện Xuân Lộc");

    @Test
    void aUnitGroupBelongsToItsOwnSiteOnly() {
        UnitGroup communes = new UnitGroup(camMy, "xa", "Xã, thị trấn", "Chủ tịch UBND", 1);

        assertTrue(communes.belongsTo(camMy));
        assertTrue(communes.belongsTo(camMyReadAgain));
        assertFalse(communes.belongsTo(xuanLoc));
        assertFalse(communes.belongsTo(null));
    }

    @Test
    void anAccountBelongsToItsOwnSiteOnly() {
        Account editor = new Account(camMy, "bientap.demo", "$2a$12$hash", NOW);

        assertTrue(editor.belongsTo(camMy));
        assertTrue(editor.belongsTo(camMyReadAgain));
        assertFalse(editor.belongsTo(xuanLoc));
        assertFalse(editor.belongsTo(null));
    }
}
