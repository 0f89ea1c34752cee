package vn.ttdt.portal.content.infrastructure.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.domain.PublicItemFilter;

class PublishedItemsQueryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void aCategorysListingGoesByTheSiteAndCategoryIndex() {
        PublishedItemsQuery query = new PublishedItemsQuery(1L, 6L, List.of(9L), new PublicItemFilter("van-hoa", null, null, null, null), NOW);

        assertEquals("SELECT i.id FROM content_item i USE INDEX (ix_content_item_site_category) WHERE i.site_id = ?"
                + " AND i.state = 'PUBLISHED' AND i.published_at <= ? AND i.category_id NOT IN (9) AND i.category_id = ?"
                + " ORDER BY i.published_at DESC, i.id DESC", query.idsSql());
        assertEquals(List.of(1L, NOW, 6L), query.idsParameters());
        assertEquals("SELECT COUNT(*) FROM content_item i USE INDEX (ix_content_item_site_category) WHERE i.site_id = ?"
                + " AND i.state = 'PUBLISHED' AND i.published_at <= ? AND i.category_id NOT IN (9) AND i.category_id = ?",
                query.countSql());
    }

    @Test
    void otherListingsLeaveTheChoiceOfIndexToMariaDb() {
        List<PublicItemFilter> filters = List.of(PublicItemFilter.all(), PublicItemFilter.tagged("mot-cua"),
                new PublicItemFilter("van-hoa", 4L, null, null, null), new PublicItemFilter("van-hoa", null, null, null, "xa"));
        for (PublicItemFilter filter : filters) {
            Long category = filter.categorySlug() == null ? null : 6L;
            PublishedItemsQuery query = new PublishedItemsQuery(1L, category, List.of(), filter, NOW);
            assertFalse(query.idsSql().contains("USE INDEX"), query.idsSql());
            assertFalse(query.countSql().contains("USE INDEX"), query.countSql());
        }
    }
}
