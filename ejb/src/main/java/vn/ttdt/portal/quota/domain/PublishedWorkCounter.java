package vn.ttdt.portal.quota.domain;

import java.util.List;
import java.util.Map;
import vn.ttdt.portal.shared.domain.Quarter;

/** Counts what a site's units published in a quarter and still show (published or archived, not withdrawn). */
public interface PublishedWorkCounter {

    /** News and articles published within the quarter (Vietnamese time), by source unit id; units without any are absent. */
    Map<Long, QuarterCounts> bySourceUnit(long siteId, Quarter quarter);

    /**
     * The news and articles {@link #bySourceUnit} counts in each quarter of the range, read at once: by quarter, then by
     * source unit (each unit's in no particular order); quarters without any are absent.
     */
    Map<Quarter, Map<Long, List<CountedItem>>> itemsBySourceUnit(long siteId, QuarterRange range);
}
