package vn.ttdt.portal.site.advertising.infrastructure.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.site.advertising.application.RevenueReport;

/**
 * The yearly advertising revenue as an .xlsx workbook: a title, one row per contract (number, advertiser, tax code,
 * placement, dates, fee, paid on, paid, outstanding) and a bold total row. Amounts are numeric cells with thousands
 * separators, dates real dates; the header row stays frozen.
 */
public final class RevenueSpreadsheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String AMOUNT = "#,##0";
    private static final String DATE = "dd/mm/yyyy";
    private static final int HEADER_ROW = 2;
    private static final String[] COLUMNS = {"number", "advertiser", "taxCode", "placement", "startsOn", "endsOn", "fee",
        "paidOn", "paid", "outstanding"};
    private static final double[] WIDTHS = {16, 36, 16, 24, 12, 12, 16, 12, 16, 16};

    private RevenueSpreadsheet() {
    }

    public static byte[] of(RevenueReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Cong TTDT", "1.0");
            Worksheet ws = workbook.newWorksheet(label("sheet"));
            ws.value(0, 0, DomainTexts.text("revenue.export.title", Integer.toString(report.year())));
            ws.style(0, 0).bold().fontSize(13).set();
            for (int c = 0; c < COLUMNS.length; c++) {
                ws.value(HEADER_ROW, c, label("column." + COLUMNS[c]));
                ws.width(c, WIDTHS[c]);
            }
            ws.range(HEADER_ROW, 0, HEADER_ROW, COLUMNS.length - 1).style().bold().fillColor("FFE6E6E6").wrapText(true)
                    .borderStyle("thin").set();
            int row = HEADER_ROW + 1;
            for (RevenueReport.Row r : report.rows()) {
                ws.value(row, 0, r.number());
                ws.value(row, 1, r.advertiser());
                ws.value(row, 2, r.taxCode());
                ws.value(row, 3, r.placement());
                date(ws, row, 4, r.startsOn());
                date(ws, row, 5, r.endsOn());
                amount(ws, row, 6, r.fee(), false);
                date(ws, row, 7, r.paidOn());
                amount(ws, row, 8, r.paid(), false);
                amount(ws, row, 9, r.outstanding(), false);
                row++;
            }
            ws.value(row, 1, label("total"));
            ws.style(row, 1).bold().set();
            amount(ws, row, 6, report.fees(), true);
            amount(ws, row, 8, report.paid(), true);
            amount(ws, row, 9, report.outstanding(), true);
            ws.freezePane(0, HEADER_ROW + 1);
            ws.pageOrientation("landscape");
            ws.fitToWidth((short) 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void date(Worksheet ws, int row, int column, LocalDate day) {
        if (day != null) {
            ws.value(row, column, day);
            ws.style(row, column).format(DATE).set();
        }
    }

    private static void amount(Worksheet ws, int row, int column, long vnd, boolean bold) {
        ws.value(row, column, vnd);
        if (bold) {
            ws.style(row, column).format(AMOUNT).bold().set();
        } else {
            ws.style(row, column).format(AMOUNT).set();
        }
    }

    private static String label(String key) {
        return DomainTexts.text("revenue.export." + key);
    }
}
