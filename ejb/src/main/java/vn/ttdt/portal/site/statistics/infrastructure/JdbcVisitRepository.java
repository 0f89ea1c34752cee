package vn.ttdt.portal.site.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;
import vn.ttdt.portal.site.statistics.domain.CategoryVisits;
import vn.ttdt.portal.site.statistics.domain.CounterFigures;
import vn.ttdt.portal.site.statistics.domain.DayVisits;
import vn.ttdt.portal.site.statistics.domain.PageKind;
import vn.ttdt.portal.site.statistics.domain.PageTitle;
import vn.ttdt.portal.site.statistics.domain.PageVisits;
import vn.ttdt.portal.site.statistics.domain.ReferrerVisits;
import vn.ttdt.portal.site.statistics.domain.VisitBatch;
import vn.ttdt.portal.site.statistics.domain.VisitRepository;
import vn.ttdt.portal.site.statistics.domain.VisitedPage;

/**
 * The visits in MariaDB: each batch is one multi-row {@code INSERT … ON DUPLICATE KEY UPDATE} per table that adds to
 * what is there (the rows in key order, so that two nodes adding at once take their locks in the same order). A day's
 * visitors are the count already moved into {@code visit_day} plus the keys still kept for it.
 */
@ApplicationScoped
public class JdbcVisitRepository implements VisitRepository {

    private static final Comparator<VisitBatch.PageDay> PAGE_ORDER = Comparator.comparing(VisitBatch.PageDay::day)
            .thenComparing(p -> p.page().kind()).thenComparing(p -> p.page().ref());

    @Inject
    private Sql sql;

    @Override
    public void add(Site site, VisitBatch batch, Map<VisitedPage, PageTitle> titles) {
        long siteId = site.getId();
        List<Map.Entry<VisitBatch.PageDay, Long>> pages = batch.pages().entrySet().stream()
                .filter(e -> titles.containsKey(e.getKey().page())).sorted(Map.Entry.comparingByKey(PAGE_ORDER)).toList();
        Map<LocalDate, Long> days = new TreeMap<>();
        pages.forEach(e -> days.merge(e.getKey().day(), e.getValue(), Long::sum));
        sql.upsertRows("INSERT INTO visit_page_day (site_id, day, kind, ref, title, category, views)", 7, pages, e -> {
            PageTitle title = titles.get(e.getKey().page());
            return java.util.Arrays.asList(siteId, e.getKey().day(), e.getKey().page().kind(), e.getKey().page().ref(),
                    title.title(), title.category(), e.getValue());
        }, "ON DUPLICATE KEY UPDATE views = views + VALUES(views), title = VALUES(title), category = VALUES(category)");
        sql.upsertRows("INSERT INTO visit_day (site_id, day, views, visitors)", 4, List.copyOf(days.entrySet()),
                e -> List.of(siteId, e.getKey(), e.getValue(), 0L), "ON DUPLICATE KEY UPDATE views = views + VALUES(views)");
        sql.upsertRows("INSERT INTO visit_visitor (site_id, day, visitor_key, last_seen)", 4,
                batch.visitors().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(VisitBatch.VisitorDay::day)
                        .thenComparing(VisitBatch.VisitorDay::key))).toList(),
                e -> List.of(siteId, e.getKey().day(), e.getKey().key(), e.getValue()),
                "ON DUPLICATE KEY UPDATE last_seen = GREATEST(last_seen, VALUES(last_seen))");
        sql.upsertRows("INSERT INTO visit_referrer_day (site_id, day, host, views)", 4,
                batch.referrers().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(VisitBatch.ReferrerDay::day)
                        .thenComparing(VisitBatch.ReferrerDay::host))).toList(),
                e -> List.of(siteId, e.getKey().day(), e.getKey().host(), e.getValue()), "ON DUPLICATE KEY UPDATE views = views + VALUES(views)");
    }

    @Override
    public void countAndForgetVisitorsBefore(LocalDate day) {
        sql.update("INSERT INTO visit_day (site_id, day, views, visitors) SELECT v.site_id, v.day, 0, COUNT(*) FROM visit_visitor v"
                + " WHERE v.day < ? GROUP BY v.site_id, v.day ON DUPLICATE KEY UPDATE visitors = visit_day.visitors + VALUES(visitors)",
                List.of(day));
        sql.update("DELETE FROM visit_visitor WHERE day < ?", List.of(day));
    }

    @Override
    public List<DayVisits> days(Site site, LocalDate from, LocalDate to) {
        return sql.list("SELECT d.day, d.views, d.visitors + COALESCE(k.n, 0) AS visitors FROM visit_day d"
                        + " LEFT JOIN (SELECT day, COUNT(*) AS n FROM visit_visitor WHERE site_id = ? AND day BETWEEN ? AND ? GROUP BY day) k"
                        + " ON k.day = d.day WHERE d.site_id = ? AND d.day BETWEEN ? AND ? ORDER BY d.day",
                List.of(site.getId(), from, to, site.getId(), from, to),
                row -> new DayVisits(row.getLocalDate("day"), row.getLong("views"), row.getLong("visitors")));
    }

    @Override
    public List<PageVisits> topPages(Site site, LocalDate from, LocalDate to, int limit) {
        return sql.list("SELECT kind, ref, MAX(title) AS title, MAX(category) AS category, SUM(views) AS views FROM visit_page_day"
                        + " WHERE site_id = ? AND day BETWEEN ? AND ? GROUP BY kind, ref ORDER BY views DESC, kind, ref LIMIT ?",
                List.of(site.getId(), from, to, limit), row -> new PageVisits(row.getEnum("kind", PageKind.class), row.getString("ref"),
                        row.getString("title"), row.getString("category"), row.getLong("views")));
    }

    @Override
    public List<CategoryVisits> categories(Site site, LocalDate from, LocalDate to, int limit) {
        return sql.list("SELECT category, SUM(views) AS views FROM visit_page_day WHERE site_id = ? AND day BETWEEN ? AND ?"
                        + " AND category IS NOT NULL GROUP BY category ORDER BY views DESC, category LIMIT ?",
                List.of(site.getId(), from, to, limit), row -> new CategoryVisits(row.getString("category"), row.getLong("views")));
    }

    @Override
    public List<ReferrerVisits> referrers(Site site, LocalDate from, LocalDate to, int limit) {
        return sql.list("SELECT host, SUM(views) AS views FROM visit_referrer_day WHERE site_id = ? AND day BETWEEN ? AND ?"
                        + " GROUP BY host ORDER BY views DESC, host LIMIT ?",
                List.of(site.getId(), from, to, limit), row -> new ReferrerVisits(row.getString("host"), row.getLong("views")));
    }

    @Override
    public CounterFigures counter(Site site, LocalDate today, Instant onlineSince) {
        long siteId = site.getId();
        long online = sql.number("SELECT COUNT(*) FROM visit_visitor WHERE site_id = ? AND last_seen >= ?", List.of(siteId, onlineSince));
        DayVisits day = days(site, today, today).stream().findFirst().orElse(new DayVisits(today, 0, 0));
        long total = sql.number("SELECT COALESCE(SUM(views), 0) FROM visit_day WHERE site_id = ?", List.of(siteId));
        return new CounterFigures(online, day.views(), day.visitors(), total);
    }
}
