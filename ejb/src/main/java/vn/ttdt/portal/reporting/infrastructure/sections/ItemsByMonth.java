package vn.ttdt.portal.reporting.infrastructure.sections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.reporting.domain.ReportChart;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.reporting.domain.SectionSource;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/** News and articles published in each Vietnamese month of the year, every month shown (with zeros). */
@ApplicationScoped
public class ItemsByMonth implements SectionSource {

    static final String KEY = "itemsByMonth";

    private static final String MONTH = "CAST(MONTH(i.published_at" + Sections.VIETNAM + ") AS CHAR)";

    @Inject
    private Sql sql;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        Map<String, ReportRow> byMonth = PublishedItems.count(sql, site, year, "", MONTH, "label", "label").stream()
                .collect(Collectors.toMap(ReportRow::label, Function.identity()));
        List<ReportRow> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            ReportRow counted = byMonth.get(Integer.toString(month));
            String label = Sections.text("month", month);
            rows.add(counted == null ? ReportRow.of(label, 0, 0, 0) : new ReportRow(label, counted.figures()));
        }
        return Sections.section(KEY, List.of(), PublishedItems.COLUMNS, rows, Sections.total(rows, 3),
                Sections.chart(ReportChart.Shape.COLUMNS, KEY, 2));
    }
}
