package vn.ttdt.portal.reporting.infrastructure.sections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.ttdt.portal.reporting.domain.Fact;
import vn.ttdt.portal.reporting.domain.Figure;
import vn.ttdt.portal.reporting.domain.ReportChart;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.shared.application.DomainTexts;

/**
 * What the section sources share: their texts ({@code report.<key>.title}, {@code .counts}, {@code .label},
 * {@code .column.<column>}, {@code .fact.<fact>} in the domain bundle), total rows and the section itself.
 */
final class Sections {

    /** The instant in Vietnam of a UTC {@code DATETIME} column, for grouping by Vietnamese month or day (Vietnam keeps UTC+7 all year). */
    static final String VIETNAM = " + INTERVAL 7 HOUR";

    private Sections() {
    }

    static String text(String key, Object... arguments) {
        return DomainTexts.text("report." + key, arguments);
    }

    static Fact fact(String section, String fact, long number) {
        return Fact.of(text(section + ".fact." + fact), number);
    }

    static Fact fact(String section, String fact, String words) {
        return new Fact(text(section + ".fact." + fact), Figure.text(words));
    }

    /** A section titled and described by its key's texts, with the columns' headings in order. */
    static ReportSection section(String key, List<Fact> facts, List<String> columns, List<ReportRow> rows, ReportRow total,
            ReportChart chart) {
        return new ReportSection(key, text(key + ".title"), text(key + ".counts"), facts, text(key + ".label"),
                columns.stream().map(c -> text(key + ".column." + c)).toList(), rows, total, chart);
    }

    static ReportChart chart(ReportChart.Shape shape, String key, int column) {
        return new ReportChart(shape, text(key + ".chart"), column);
    }

    /** The total row of {@code rows}: the sum of each numeric column, empty for text columns. */
    static ReportRow total(List<ReportRow> rows, int columns) {
        List<Figure> sums = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int column = c;
            boolean numeric = rows.stream().allMatch(r -> r.figures().get(column).numeric());
            sums.add(numeric ? Figure.of(rows.stream().mapToLong(r -> r.number(column)).sum()) : Figure.text(""));
        }
        return new ReportRow(DomainTexts.text("report.total"), sums);
    }

    static List<Figure> numbers(long... values) {
        return Arrays.stream(values).mapToObj(Figure::of).toList();
    }
}
