package vn.ttdt.portal.quota.infrastructure.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.quota.domain.CountedItem;
import vn.ttdt.portal.quota.domain.PublishedWorkCounter;
import vn.ttdt.portal.quota.domain.QuarterCounts;
import vn.ttdt.portal.quota.domain.QuarterRange;
import vn.ttdt.portal.shared.domain.Quarter;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * Reads the content context's view {@code content_counted_item} (V15): one GROUP BY per quarter, or the items of a range
 * of quarters in one query.
 */
@ApplicationScoped
public class JdbcPublishedWorkCounter implements PublishedWorkCounter {

    private static final String COUNTS = """
            SELECT source_unit_id, SUM(kind = 'NEWS') AS news, SUM(kind = 'ARTICLE') AS articles
            FROM content_counted_item
            WHERE site_id = ? AND published_at >= ? AND published_at < ?
            GROUP BY source_unit_id""";

    /** Rows the driver holds at once while the range's items are read (ten years: a million). */
    private static final int STREAMED_ROWS = 10_000;

    private static final String ITEMS = """
            SELECT source_unit_id, kind, item_id, published_at FROM content_counted_item
            WHERE site_id = ? AND published_at >= ? AND published_at < ?""";

    @Inject
    private Sql sql;

    @Override
    public Map<Long, QuarterCounts> bySourceUnit(long siteId, Quarter quarter) {
        Map<Long, QuarterCounts> counts = new HashMap<>();
        sql.forEach(COUNTS, List.of(siteId, quarter.start(), quarter.end()), 0, row -> counts.put(
                row.getLong("source_unit_id"), QuarterCounts.published(row.getLong("news"), row.getLong("articles"))));
        return counts;
    }

    @Override
    public Map<Quarter, Map<Long, List<CountedItem>>> itemsBySourceUnit(long siteId, QuarterRange range) {
        List<Quarter> quarters = range.quarters();
        Instant[] starts = quarters.stream().map(Quarter::start).toArray(Instant[]::new);
        Map<Quarter, Map<Long, List<CountedItem>>> items = new HashMap<>();
        sql.forEach(ITEMS, List.of(siteId, range.first().start(), range.last().end()), STREAMED_ROWS, row -> {
            int found = Arrays.binarySearch(starts, row.getInstant("published_at"));
            Quarter quarter = quarters.get(found >= 0 ? found : -found - 2);
            items.computeIfAbsent(quarter, q -> new HashMap<>())
                    .computeIfAbsent(row.getLong("source_unit_id"), unit -> new ArrayList<>())
                    .add(new CountedItem("NEWS".equals(row.getString("kind")) ? CountedItem.Kind.NEWS : CountedItem.Kind.ARTICLE,
                            row.getLong("item_id")));
        });
        return items;
    }
}
