package vn.ttdt.portal.quota.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rows of a quarter's table may count, read once for the whole quarter: the news and articles still shown,
 * by source unit, and the posting requests posted in time (the site's, counted by a rule asking a posted share).
 */
public record QuarterItems(Map<Long, List<CountedItem>> bySourceUnit, List<Long> postedRequests) {

    public QuarterItems {
        bySourceUnit = Map.copyOf(bySourceUnit);
        postedRequests = List.copyOf(postedRequests);
    }

    /** The row with the items it counts: its units' news and articles by id, then the requests if its rule asks for them. */
    public ComplianceRow countedBy(ComplianceRow row) {
        List<CountedItem> items = new ArrayList<>();
        row.coveredUnitIds().forEach(unit -> items.addAll(bySourceUnit.getOrDefault(unit, List.of())));
        if (row.asks(Measure.POSTED_REQUESTS)) {
            postedRequests.forEach(id -> items.add(new CountedItem(CountedItem.Kind.POSTING_REQUEST, id)));
        }
        return row.withCounted(CountedIds.of(items));
    }

    /** The news and articles of each source unit counted: what a quarter's items add up to. */
    public Map<Long, QuarterCounts> countsBySourceUnit() {
        Map<Long, QuarterCounts> counts = new HashMap<>();
        bySourceUnit.forEach((unit, items) -> {
            long news = items.stream().filter(item -> item.kind() == CountedItem.Kind.NEWS).count();
            counts.put(unit, QuarterCounts.published(news, items.size() - news));
        });
        return counts;
    }
}
