package vn.ttdt.portal.site.statistics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.organisation.domain.Site;

/** The counted visits of a site: written as additions, read per day, page, category and referring host. */
public interface VisitRepository {

    /**
     * Adds a batch: the views of the pages named in {@code titles} (others are not counted) to their pages and days,
     * the visitors with their last time seen, the referring hosts' views.
     */
    void add(Site site, VisitBatch batch, Map<VisitedPage, PageTitle> titles);

    /** Counts the visitor keys of the days before {@code day} into their days' visitors and deletes them. */
    void countAndForgetVisitorsBefore(LocalDate day);

    /** The days between two days (both included) that have views, in order. */
    List<DayVisits> days(Site site, LocalDate from, LocalDate to);

    /** The most viewed pages between two days, at most {@code limit}. */
    List<PageVisits> topPages(Site site, LocalDate from, LocalDate to, int limit);

    /** The views per category between two days, the most first, at most {@code limit}. */
    List<CategoryVisits> categories(Site site, LocalDate from, LocalDate to, int limit);

    /** The views per referring host between two days, the most first, at most {@code limit}. */
    List<ReferrerVisits> referrers(Site site, LocalDate from, LocalDate to, int limit);

    /** The footer's figures: visitors seen since {@code onlineSince}, today's and every day's. */
    CounterFigures counter(Site site, LocalDate today, Instant onlineSince);
}
