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

/**
 * Legal documents posted on the portal in the year (entered in the year, whatever their issue date), per issuing
 * level, and the posting requests units sent in the year: how many, and of those how many were posted, declined or
 * are still open.
 */
@ApplicationScoped
public class LegalDocumentsPosted implements SectionSource {

    static final String KEY = "legalDocuments";

    private static final String BY_LEVEL = """
            SELECT t.name AS label, COUNT(*) AS posted
            FROM legal_document d JOIN legal_term t ON t.id = d.level_id
            WHERE d.site_id = ? AND d.created_at >= ? AND d.created_at < ?
            GROUP BY t.id, t.name, t.sort_order ORDER BY t.sort_order, t.name""";

    private static final String REQUESTS = """
            SELECT COUNT(*) AS received, COALESCE(SUM(state = 'POSTED'), 0) AS posted,
                COALESCE(SUM(state = 'DECLINED'), 0) AS declined, COALESCE(SUM(state = 'OPEN'), 0) AS still_open
            FROM posting_request WHERE site_id = ? AND received_at >= ? AND received_at < ?""";

    @Inject
    private Sql sql;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        List<Object> period = List.of(site.getId(), year.start(), year.end());
        List<ReportRow> rows = sql.list(BY_LEVEL, period, row -> ReportRow.of(row.getString("label"), row.getLong("posted")));
        ReportRow total = Sections.total(rows, 1);
        long[] requests = sql.first(REQUESTS, period, row -> new long[] {row.getLong("received"), row.getLong("posted"),
                row.getLong("declined"), row.getLong("still_open")}).orElse(new long[4]);
        return Sections.section(KEY, List.of(Sections.fact(KEY, "posted", total.number(0)),
                        Sections.fact(KEY, "requested", requests[0]), Sections.fact(KEY, "requestsPosted", requests[1]),
                        Sections.fact(KEY, "requestsDeclined", requests[2]), Sections.fact(KEY, "requestsOpen", requests[3])),
                List.of("posted"), rows, total, null);
    }
}
