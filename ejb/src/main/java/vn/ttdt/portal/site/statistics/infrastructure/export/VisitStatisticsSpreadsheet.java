package vn.ttdt.portal.site.statistics.infrastructure.export;

import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Worksheet;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.infrastructure.export.SheetLayout;
import vn.ttdt.portal.site.statistics.application.VisitReport;
import vn.ttdt.portal.site.statistics.domain.DayVisits;

/**
 * The visitor statistics of a period as an .xlsx workbook: a title, one row per day (views, visitors) with a bold total,
 * then the most viewed pages, the views per category and per referring site, each under its own bold heading. Figures
 * are numeric cells, days real dates.
 */
public final class VisitStatisticsSpreadsheet {

    public static final String MEDIA_TYPE = SheetLayout.MEDIA_TYPE;

    private static final int HEADER_ROW = 2;
    private static final double[] WIDTHS = {48, 16, 16, 30};

    private VisitStatisticsSpreadsheet() {
    }

    public static byte[] of(VisitReport report) {
        String[] headings = {label("column.day"), label("column.views"), label("column.visitors")};
        return SheetLayout.landscape(label("sheet"), DomainTexts.text("visits.export.title", BusinessCalendar.dayLabel(report.from()),
                BusinessCalendar.dayLabel(report.to())), HEADER_ROW, headings, WIDTHS, ws -> {
                    int row = HEADER_ROW + 1;
                    for (DayVisits day : report.days()) {
                        ws.value(row, 0, day.day());
                        ws.style(row, 0).format("dd/mm/yyyy").set();
                        ws.value(row, 1, day.views());
                        ws.value(row, 2, day.visitors());
                        row++;
                    }
                    ws.value(row, 0, label("total"));
                    ws.value(row, 1, report.views());
                    ws.value(row, 2, report.visitors());
                    ws.range(row, 0, row, 2).style().bold().set();
                    row = section(ws, row + 2, label("pages"), new String[] {label("column.page"), label("column.views"), label("column.kind"),
                        label("column.category")}, report.topPages(), p -> new Object[] {p.title(), p.views(),
                        DomainTexts.text(p.kind().labelKey()), p.category() == null ? "" : p.category()});
                    row = section(ws, row + 1, label("categories"), new String[] {label("column.category"), label("column.views")},
                            report.categories(), c -> new Object[] {c.category(), c.views()});
                    section(ws, row + 1, label("referrers"), new String[] {label("column.host"), label("column.views")},
                            report.referrers(), r -> new Object[] {r.host(), r.views()});
                });
    }

    private static <T> int section(Worksheet ws, int first, String heading, String[] columns, List<T> lines, Function<T, Object[]> cells) {
        ws.value(first, 0, heading);
        ws.style(first, 0).bold().fontSize(12).set();
        SheetLayout.header(ws, first + 1, columns, WIDTHS);
        int row = first + 2;
        for (T line : lines) {
            Object[] values = cells.apply(line);
            for (int c = 0; c < values.length; c++) {
                if (values[c] instanceof Long number) {
                    ws.value(row, c, number);
                } else {
                    ws.value(row, c, String.valueOf(values[c]));
                }
            }
            row++;
        }
        return row;
    }

    private static String label(String key) {
        return DomainTexts.text("visits.export." + key);
    }
}
