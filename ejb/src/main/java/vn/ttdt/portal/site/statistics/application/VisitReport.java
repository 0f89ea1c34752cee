package vn.ttdt.portal.site.statistics.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.site.statistics.domain.CategoryVisits;
import vn.ttdt.portal.site.statistics.domain.DayVisits;
import vn.ttdt.portal.site.statistics.domain.PageVisits;
import vn.ttdt.portal.site.statistics.domain.ReferrerVisits;

/**
 * The visits of a period: every day of it (days without visits as zero), the period's views and visitors (the sum of
 * its days' visitors), the most viewed pages, the views per category and per referring site.
 */
public record VisitReport(LocalDate from, LocalDate to, List<DayVisits> days, long views, long visitors, List<PageVisits> topPages,
                          List<CategoryVisits> categories, List<ReferrerVisits> referrers) implements Serializable {
}
