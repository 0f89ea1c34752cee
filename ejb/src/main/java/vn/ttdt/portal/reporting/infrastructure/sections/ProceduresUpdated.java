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
 * Administrative procedures whose last change (entered, edited, imported or withdrawn) falls in the year, per field;
 * the catalogue keeps only the last change, so a procedure changed again in a later year counts in that year.
 */
@ApplicationScoped
public class ProceduresUpdated implements SectionSource {

    static final String KEY = "procedures";

    private static final String QUERY = """
            SELECT field AS label, COUNT(*) AS updated, SUM(active) AS active
            FROM procedure_entry WHERE site_id = ? AND updated_at >= ? AND updated_at < ?
            GROUP BY field ORDER BY field""";

    private static final String PUBLISHED = "SELECT COUNT(*) FROM procedure_entry WHERE site_id = ? AND active";

    @Inject
    private Sql sql;

    @Override
    public int order() {
        return 70;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        List<ReportRow> rows = sql.list(QUERY, List.of(site.getId(), year.start(), year.end()),
                row -> ReportRow.of(row.getString("label"), row.getLong("updated"), row.getLong("active")));
        ReportRow total = Sections.total(rows, 2);
        return Sections.section(KEY, List.of(Sections.fact(KEY, "updated", total.number(0)),
                        Sections.fact(KEY, "published", sql.number(PUBLISHED, List.of(site.getId())))),
                List.of("updated", "active"), rows, total, null);
    }
}
