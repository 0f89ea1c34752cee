package vn.ttdt.portal.reporting.infrastructure.sections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.questions.domain.CountedQuestion;
import vn.ttdt.portal.questions.domain.QuestionState;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.reporting.domain.SectionSource;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * Citizens' questions received in the year per unit they were forwarded to, each counted once by where it stands
 * today through the questions' own rule ({@link CountedQuestion#outcome()}): answered on time (by the close of its
 * deadline), answered late, declined, spam, still in progress. The rows come grouped from the database (unit, state,
 * deadline, day answered), not one per question.
 */
@ApplicationScoped
public class QuestionsByUnit implements SectionSource {

    static final String KEY = "questions";

    private static final String QUERY = "SELECT u.name AS unit_name, q.state, q.deadline, DATE(q.answered_at" + Sections.VIETNAM
            + ") AS answered_on, COUNT(*) AS questions FROM question q LEFT JOIN unit u ON u.id = q.unit_id"
            + " WHERE q.site_id = ? AND q.received_at >= ? AND q.received_at < ?"
            + " GROUP BY u.name, q.state, q.deadline, answered_on";

    private record Counted(String unit, CountedQuestion.Outcome outcome, long questions) {
    }

    @Inject
    private Sql sql;

    @Override
    public int order() {
        return 90;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        String notForwarded = DomainTexts.text("question.statistics.notForwarded");
        List<Counted> counted = sql.list(QUERY, List.of(site.getId(), year.start(), year.end()), row -> {
            LocalDate deadline = row.getLocalDate("deadline");
            CountedQuestion question = new CountedQuestion(null, row.getString("unit_name"),
                    row.getEnum("state", QuestionState.class), null, deadline, row.getLocalDate("answered_on"));
            return new Counted(question.unitName() == null ? notForwarded : question.unitName(), question.outcome(),
                    row.getLong("questions"));
        });
        Map<String, long[]> byUnit = new TreeMap<>();
        int outcomes = CountedQuestion.Outcome.values().length;
        for (Counted c : counted) {
            long[] figures = byUnit.computeIfAbsent(c.unit(), u -> new long[outcomes + 1]);
            figures[0] += c.questions();
            figures[c.outcome().ordinal() + 1] += c.questions();
        }
        List<ReportRow> rows = new ArrayList<>();
        byUnit.forEach((unit, f) -> rows.add(ReportRow.of(unit, f[0], f[1 + CountedQuestion.Outcome.ON_TIME.ordinal()],
                f[1 + CountedQuestion.Outcome.LATE.ordinal()], f[1 + CountedQuestion.Outcome.DECLINED.ordinal()],
                f[1 + CountedQuestion.Outcome.SPAM.ordinal()], f[1 + CountedQuestion.Outcome.IN_PROGRESS.ordinal()])));
        return Sections.section(KEY, List.of(), List.of("received", "onTime", "late", "declined", "spam", "inProgress"), rows,
                Sections.total(rows, 6), null);
    }
}
