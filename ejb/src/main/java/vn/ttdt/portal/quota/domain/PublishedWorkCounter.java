package vn.ttdt.portal.quota.domain;

import java.util.List;
import java.util.Map;
import vn.ttdt.portal.shared.domain.Quarter;

/** Counts what a site's units published in a quarter and still show (published or archived, not withdrawn). */
public interface PublishedWorkCounter {

    /** News and articles published within the quarter (Vietnamese time), by source unit id; units without any are absent. */
    Map<Long, QuarterCounts> bySourceUnit(long siteId, Quarter quarter);

    /** The news and articles {@link #bySourceUnit} counts, by source unit, each unit's by id. */
    Map<Long, List<CountedItem>> itemsBySourceUnit(long siteId, Quarter quarter);
}
