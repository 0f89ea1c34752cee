package vn.ttdt.portal.quota.infrastructure.export;

import static vn.ttdt.portal.quota.infrastructure.export.DashboardTable.COLUMNS;
import static vn.ttdt.portal.quota.infrastructure.export.DashboardTable.label;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.ttdt.portal.quota.application.ComplianceRowView;
import vn.ttdt.portal.quota.application.QuotaDashboard;
import vn.ttdt.portal.shared.infrastructure.export.KeptOpenStream;

/**
 * The quota dashboard's table as an .xlsx workbook: a title, when the results were computed, a frozen header row and
 * one row per unit (or group) with its status in words and its figures as numbers, then how many met their quota.
 */
public final class QuotaDashboardSpreadsheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final double[] WIDTHS = {34, 40, 16, 10, 13, 11, 16, 16, 22};
    private static final int HEADER_ROW = 3;

    private QuotaDashboardSpreadsheet() {
    }

    /** Writes the workbook; the stream is left open. */
    public static void write(QuotaDashboard dashboard, OutputStream out) {
        try {
            Workbook workbook = new Workbook(new KeptOpenStream(out), "Cong TTDT", "1.0");
            Worksheet ws = workbook.newWorksheet(label("sheet", dashboard.quarterLabel()).replace('/', '-'));
            ws.value(0, 0, DashboardTable.title(dashboard));
            ws.style(0, 0).bold().fontSize(13).set();
            ws.value(1, 0, DashboardTable.computed(dashboard));
            for (int c = 0; c < COLUMNS.size(); c++) {
                ws.value(HEADER_ROW, c, label("column." + COLUMNS.get(c)));
                ws.width(c, WIDTHS[c]);
            }
            ws.range(HEADER_ROW, 0, HEADER_ROW, COLUMNS.size() - 1).style().bold().fillColor("FFE6E6E6").wrapText(true).set();
            int r = HEADER_ROW + 1;
            for (QuotaDashboard.Row row : dashboard.rows()) {
                ComplianceRowView figures = row.figures();
                ws.value(r, 0, figures.group());
                ws.value(r, 1, DashboardTable.unit(figures));
                ws.value(r, 2, DashboardTable.light(row));
                ws.value(r, 3, figures.required());
                ws.value(r, 4, figures.achieved());
                ws.value(r, 5, figures.shortfall());
                ws.value(r, 6, DashboardTable.measure(figures.requiredNews(), figures.achievedNews()));
                ws.value(r, 7, DashboardTable.measure(figures.requiredArticles(), figures.achievedArticles()));
                ws.value(r, 8, DashboardTable.posted(figures));
                r++;
            }
            ws.value(r + 1, 0, DashboardTable.summary(dashboard));
            ws.freezePane(0, HEADER_ROW + 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
