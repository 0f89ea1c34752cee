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

/** News and articles published in the year per source unit, in the units' group order (units that published nothing are left out). */
@ApplicationScoped
public class ItemsByUnit implements SectionSource {

    static final String KEY = "itemsByUnit";

    @Inject
    private Sql sql;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        List<ReportRow> rows = PublishedItems.count(sql, site, year, "JOIN unit u ON u.id = i.source_unit_id"
                + " JOIN unit_group g ON g.id = u.group_id", "u.name", "u.id, u.name, g.sort_order", "g.sort_order, u.name");
        return Sections.section(KEY, List.of(), PublishedItems.COLUMNS, rows, Sections.total(rows, 3), null);
    }
}
