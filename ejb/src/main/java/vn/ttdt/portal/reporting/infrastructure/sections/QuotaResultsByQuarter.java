package vn.ttdt.portal.reporting.infrastructure.sections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.reporting.domain.Fact;
import vn.ttdt.portal.reporting.domain.Figure;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.ReportYear;
import vn.ttdt.portal.reporting.domain.SectionSource;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * The quota results the quarterly job stored for each quarter of the year, per unit (or group counted together):
 * achieved/required and whether it met its quota; a quarter the job never completed says "not computed".
 */
@ApplicationScoped
public class QuotaResultsByQuarter implements SectionSource {

    static final String KEY = "quota";

    private static final String QUERY = """
            SELECT q.quarter, g.name AS group_name, u.name AS unit_name, r.required, r.achieved, r.met
            FROM quota_quarter q JOIN quota_result r ON r.quarter_id = q.id JOIN unit_group g ON g.id = r.group_id
                LEFT JOIN unit u ON u.id = r.unit_id
            WHERE q.site_id = ? AND q.year = ? AND q.computed_at IS NOT NULL
            ORDER BY g.sort_order, g.id, r.unit_key, q.quarter""";

    private record Result(int quarter, String subject, long required, long achieved, boolean met) {
    }

    @Inject
    private Sql sql;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public ReportSection section(Site site, ReportYear year) {
        List<Result> results = sql.list(QUERY, List.of(site.getId(), year.value()), row -> new Result(row.getInt("quarter"),
                row.getString("unit_name") == null ? Sections.text(KEY + ".wholeGroup", row.getString("group_name")) : row.getString("unit_name"),
                row.getLong("required"), row.getLong("achieved"), row.getBoolean("met")));
        Set<Integer> computed = new TreeSet<>();
        Map<String, Result[]> bySubject = new LinkedHashMap<>();
        for (Result result : results) {
            computed.add(result.quarter());
            bySubject.computeIfAbsent(result.subject(), s -> new Result[4])[result.quarter() - 1] = result;
        }
        List<ReportRow> rows = new ArrayList<>();
        bySubject.forEach((subject, quarters) -> rows.add(row(subject, quarters, computed)));
        List<Fact> facts = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            int q = quarter;
            long met = results.stream().filter(r -> r.quarter() == q && r.met()).count();
            long all = results.stream().filter(r -> r.quarter() == q).count();
            facts.add(new Fact(Sections.text(KEY + ".column.q" + quarter), Figure.text(computed.contains(quarter)
                    ? Sections.text(KEY + ".metOf", met, all) : Sections.text(KEY + ".notComputed"))));
        }
        return Sections.section(KEY, facts, List.of("q1", "q2", "q3", "q4", "met"), rows, null, null);
    }

    private static ReportRow row(String subject, Result[] quarters, Set<Integer> computed) {
        List<Figure> figures = new ArrayList<>();
        long met = 0;
        for (int q = 0; q < 4; q++) {
            Result result = quarters[q];
            if (result == null) {
                figures.add(Figure.text(Sections.text(computed.contains(q + 1) ? KEY + ".absent" : KEY + ".notComputed")));
            } else {
                figures.add(Figure.text(Sections.text(result.met() ? KEY + ".cell.met" : KEY + ".cell.missed", result.achieved(),
                        result.required())));
                met += result.met() ? 1 : 0;
            }
        }
        figures.add(Figure.of(met));
        return new ReportRow(subject, figures);
    }
}
