package vn.ttdt.portal.reporting.infrastructure.sections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.reporting.domain.Figure;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.reporting.domain.SectionSource;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/** The writing-skills training courses that started in the year, each with its dates, participants enrolled and those who attended. */
@ApplicationScoped
public class TrainingCoursesHeld implements SectionSource {

    static final String KEY = "training";

    private static final String QUERY = """
            SELECT c.title, c.starts_on, c.ends_on, COUNT(p.position) AS participants, COALESCE(SUM(p.attended), 0) AS attended
            FROM training_course c LEFT JOIN training_participant p ON p.course_id = c.id
            WHERE c.site_id = ? AND c.starts_on >= ? AND c.starts_on <= ?
            GROUP BY c.id, c.title, c.starts_on, c.ends_on ORDER BY c.starts_on, c.id""";

    @Inject
    private Sql sql;

    @Override
    public int order() {
        return 120;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        List<ReportRow> rows = sql.list(QUERY, List.of(site.getId(), year.firstDay(), year.lastDay()), row -> new ReportRow(
                row.getString("title"), List.of(Figure.text(BusinessCalendar.dayLabel(row.getLocalDate("starts_on")) + " – "
                        + BusinessCalendar.dayLabel(row.getLocalDate("ends_on"))), Figure.of(row.getLong("participants")),
                Figure.of(row.getLong("attended")))));
        ReportRow total = Sections.total(rows, 3);
        return Sections.section(KEY, List.of(Sections.fact(KEY, "courses", rows.size()),
                        Sections.fact(KEY, "participants", total.number(1)), Sections.fact(KEY, "attended", total.number(2))),
                List.of("dates", "participants", "attended"), rows, total, null);
    }
}
