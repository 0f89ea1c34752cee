package vn.ttdt.portal.reporting.infrastructure.sections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.procedures.domain.OneStopCounts;
import vn.ttdt.portal.reporting.domain.Figure;
import vn.ttdt.portal.reporting.domain.ReportChart;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.reporting.domain.SectionSource;
import vn.ttdt.portal.shared.infrastructure.chart.SvgChart;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * The one-stop results imported for the months of the year, per unit: dossiers newly received in the year (the sum of
 * the months' new dossiers, so one carried from month to month counts once), resolved (early, on time, late), of
 * those on time (early or on time), late, returned, still in progress at the end of December, and the on-time share
 * of resolved dossiers as the one-stop statistics compute it.
 */
@ApplicationScoped
public class OneStopResults implements SectionSource {

    static final String KEY = "oneStop";

    private static final String QUERY = """
            SELECT u.name AS label, SUM(r.received_new) AS received_new, SUM(r.resolved_early) AS early,
                SUM(r.resolved_on_time) AS on_time, SUM(r.resolved_late) AS late, SUM(r.returned) AS returned,
                SUM(CASE WHEN r.period = ? THEN r.in_progress_in_time + r.in_progress_overdue ELSE 0 END) AS in_progress
            FROM one_stop_result r JOIN unit u ON u.id = r.unit_id
            WHERE r.site_id = ? AND r.period >= ? AND r.period <= ?
            GROUP BY u.id, u.name ORDER BY u.name""";

    private record UnitCounts(String unit, OneStopCounts counts) {
    }

    @Inject
    private Sql sql;

    @Override
    public int order() {
        return 80;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        String december = year.value() + "-12";
        List<Object> parameters = List.of(december, site.getId(), year.value() + "-01", december);
        List<ReportRow> rows = new ArrayList<>();
        OneStopCounts all = OneStopCounts.zero();
        for (UnitCounts unit : sql.list(QUERY, parameters, row -> new UnitCounts(row.getString("label"), new OneStopCounts(
                row.getInt("received_new"), 0, row.getInt("early"), row.getInt("on_time"), row.getInt("late"),
                row.getInt("in_progress"), 0, row.getInt("returned"))))) {
            rows.add(row(unit.unit(), unit.counts()));
            all = all.plus(unit.counts());
        }
        return Sections.section(KEY, List.of(), List.of("received", "resolved", "onTime", "late", "returned", "inProgress",
                "onTimeShare"), rows, rows.isEmpty() ? null : row(Sections.text("total"), all),
                Sections.chart(ReportChart.Shape.BARS, KEY, 1));
    }

    private static ReportRow row(String label, OneStopCounts c) {
        List<Figure> figures = new ArrayList<>(Sections.numbers(c.getReceivedNew(), c.resolved(),
                c.getResolvedEarly() + c.getResolvedOnTime(), c.getResolvedLate(), c.getReturned(), c.inProgress()));
        figures.add(Figure.text(c.onTimePercent() == null ? "—" : SvgChart.percent(c.onTimePercent())));
        return new ReportRow(label, figures);
    }
}
