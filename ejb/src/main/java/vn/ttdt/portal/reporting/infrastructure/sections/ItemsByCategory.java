package vn.ttdt.portal.reporting.infrastructure.sections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.reporting.domain.ReportChart;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.reporting.domain.SectionSource;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/** News and articles published in the year (still published or archived since), per category they are filed in. */
@ApplicationScoped
public class ItemsByCategory implements SectionSource {

    static final String KEY = "itemsByCategory";

    @Inject
    private Sql sql;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        List<ReportRow> rows = PublishedItems.count(sql, site, year, "JOIN content_item c_i ON c_i.id = i.item_id"
                + " JOIN category c ON c.id = c_i.category_id", "c.name", "c.id, c.name, c.sort_order", "c.sort_order, c.name");
        return Sections.section(KEY, List.of(), PublishedItems.COLUMNS, rows, Sections.total(rows, 3),
                Sections.chart(ReportChart.Shape.BARS, KEY, 2));
    }
}
