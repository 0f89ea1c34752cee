package vn.ttdt.portal.reporting.infrastructure.sections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.reporting.domain.SectionSource;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/** The posting requests received in the year per requesting unit: received, posted, declined, still open today. */
@ApplicationScoped
public class PostingRequestsByUnit implements SectionSource {

    static final String KEY = "postingRequests";

    private static final String QUERY = """
            SELECT u.name AS label, COUNT(*) AS received, SUM(r.state = 'POSTED') AS posted,
                SUM(r.state = 'DECLINED') AS declined, SUM(r.state = 'OPEN') AS still_open
            FROM posting_request r JOIN unit u ON u.id = r.unit_id JOIN unit_group g ON g.id = u.group_id
            WHERE r.site_id = ? AND r.received_at >= ? AND r.received_at < ?
            GROUP BY u.id, u.name, g.sort_order ORDER BY g.sort_order, u.name""";

    @Inject
    private Sql sql;

    @Override
    public int order() {
        return 60;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        List<ReportRow> rows = sql.list(QUERY, List.of(site.getId(), year.start(), year.end()), row -> ReportRow.of(
                row.getString("label"), row.getLong("received"), row.getLong("posted"), row.getLong("declined"), row.getLong("still_open")));
        return Sections.section(KEY, List.of(), List.of("received", "posted", "declined", "open"), rows, Sections.total(rows, 4), null);
    }
}
