package vn.ttdt.portal.content.infrastructure.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlPublicItemReaderTest {

    private static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");
    private static final List<Long> VISIBLE = List.of(3L, 6L, 8L);

    @Test
    void anItemWithoutKeywordsOrChosenItemsReadsOnlyItsPartsAndTheNewestOfItsCategory() {
        List<Object> parameters = new ArrayList<>();
        String query = SqlPublicItemReader.partsAndNext(50L, 6L, false, false, 1L, NOW, VISIBLE, 5, parameters);

        assertFalse(query.contains("'R'"), query);
        assertFalse(query.contains("'G'"), query);
        assertTrue(query.contains("SELECT 'N', ?, 0, i.slug, i.title, NULL, NULL, NULL, i.id, i.published_at FROM content_item i"
                + " USE INDEX (ix_content_item_site_category) WHERE i.category_id = ? AND i.id <> ?"), query);
        assertEquals(List.of(50L, 50L, 50L, 50L, 6L, 50L, 1L, NOW), parameters);
        assertEquals(placeholders(query), parameters.size());
    }

    @Test
    void keywordsAndChosenItemsAddTheirPartsInOrderWithTheirParameters() {
        List<Object> parameters = new ArrayList<>();
        String query = SqlPublicItemReader.partsAndNext(50L, 6L, true, true, 1L, NOW, VISIBLE, 5, parameters);

        assertTrue(query.indexOf("'P'") < query.indexOf("'R'") && query.indexOf("'R'") < query.indexOf("'G'")
                && query.indexOf("'G'") < query.indexOf("'N'"), query);
        assertTrue(query.contains("JOIN content_item i USE INDEX (PRIMARY) ON i.id = r.related_id"), query);
        assertTrue(query.contains("SELECT 'G', ?, 0, i.slug, i.title, NULL, NULL, NULL, i.id, i.published_at FROM content_item i"
                + " WHERE i.category_id = ?"), "the items sharing a keyword leave the index to MariaDB: " + query);
        assertTrue(query.contains("i.category_id IN (?, ?, ?)"), query);
        assertEquals(List.of(50L, 50L, 50L, 50L, 1L, NOW, 3L, 6L, 8L, 50L, 6L, 50L, 1L, NOW, 50L, 50L, 6L, 50L, 1L, NOW),
                parameters);
        assertEquals(placeholders(query), parameters.size());
    }

    @Test
    void eachOfTheFourShapesBindsAParameterToEveryPlaceholder() {
        for (boolean tagged : new boolean[] {false, true}) {
            for (boolean chosen : new boolean[] {false, true}) {
                List<Object> parameters = new ArrayList<>();
                String query = SqlPublicItemReader.partsAndNext(7L, 2L, tagged, chosen, 1L, NOW, VISIBLE, 5, parameters);
                assertEquals(placeholders(query), parameters.size(), query);
                assertEquals(tagged, query.contains("'G'"), query);
                assertEquals(chosen, query.contains("'R'"), query);
            }
        }
    }

    private static int placeholders(String query) {
        return (int) query.chars().filter(c -> c == '?').count();
    }
}
