package vn.ttdt.portal.reporting.infrastructure.sections;

import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * The counting the three item sections share: news and articles published in the year (still published or archived,
 * through content's {@code content_counted_item} view), grouped by what {@code groupedBy} names as {@code label}.
 */
final class PublishedItems {

    static final List<String> COLUMNS = List.of("news", "articles", "total");

    private PublishedItems() {
    }

    /**
     * One row per group: its label, news, articles and both. {@code join} adds the tables the label comes from (item as
     * {@code i}), {@code label} and {@code groupedBy} are SQL expressions, {@code orderedBy} the rows' order.
     */
    static List<ReportRow> count(Sql sql, Site site, ReportYear year, String join, String label, String groupedBy, String orderedBy) {
        String query = "SELECT " + label + " AS label, SUM(i.kind = 'NEWS') AS news, SUM(i.kind = 'ARTICLE') AS articles,"
                + " COUNT(*) AS total FROM content_counted_item i " + join
                + " WHERE i.site_id = ? AND i.published_at >= ? AND i.published_at < ? GROUP BY " + groupedBy + " ORDER BY " + orderedBy;
        return sql.list(query, List.of(site.getId(), year.start(), year.end()), row -> ReportRow.of(row.getString("label"),
                row.getLong("news"), row.getLong("articles"), row.getLong("total")));
    }
}
