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
import vn.ttdt.portal.site.statistics.application.YearlyVisitFigures;
import vn.ttdt.portal.site.statistics.domain.MonthVisits;

/** The public site's page views and visitors in each month of the year, from the visitor statistics. */
@ApplicationScoped
public class VisitorFigures implements SectionSource {

    static final String KEY = "visitors";

    @Inject
    private YearlyVisitFigures visits;

    @Override
    public int order() {
        return 130;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        List<MonthVisits> months = visits.monthsOf(year.value());
        List<ReportRow> rows = months.stream()
                .map(month -> ReportRow.of(Sections.text("month", month.month().getMonthValue()), month.views(), month.visitors()))
                .toList();
        ReportRow total = Sections.total(rows, 2);
        return Sections.section(KEY, List.of(Sections.fact(KEY, "views", total.number(0)), Sections.fact(KEY, "visitors", total.number(1))),
                List.of("views", "visitors"), rows, total, Sections.chart(ReportChart.Shape.COLUMNS, KEY, 0));
    }
}
