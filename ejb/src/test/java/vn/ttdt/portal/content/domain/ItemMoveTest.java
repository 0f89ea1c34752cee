package vn.ttdt.portal.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Site;

/** An item moves only along the editorial workflow's table, whoever asks it to. */
class ItemMoveTest {

    private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

    private final Site camMy = new Site("default", "Trang TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");

    @Test
    void aDraftIsNotPublishedWithoutPassingTheBoard() {
        ContentItem item = new ContentItem(camMy, "tin-moi", "ctv.demo", NOW);

        WorkflowException refused = assertThrows(WorkflowException.class, () -> item.moveTo(ItemState.PUBLISHED, null, NOW));

        assertTrue(refused.isRefusal());
        assertEquals(ItemState.DRAFT, item.getState());
    }

    @Test
    void aDraftGoesAlongTheTableToPublication() {
        ContentItem item = new ContentItem(camMy, "tin-moi", "ctv.demo", NOW);

        item.moveTo(ItemState.SUBMITTED, null, NOW);
        item.moveTo(ItemState.IN_EDITING, null, NOW);
        item.moveTo(ItemState.AWAITING_APPROVAL, null, NOW);
        item.moveTo(ItemState.PUBLISHED, null, NOW);

        assertEquals(ItemState.PUBLISHED, item.getState());
        assertEquals(NOW, item.getPublishedAt());
    }

    @Test
    void anArchivedItemStaysArchived() {
        ContentItem item = new ContentItem(camMy, "tin-cu", "ctv.demo", NOW);
        item.adoptPublished(ItemState.ARCHIVED, NOW, NOW);

        assertThrows(WorkflowException.class, () -> item.moveTo(ItemState.PUBLISHED, null, NOW));
        assertEquals(ItemState.ARCHIVED, item.getState());
    }
}
