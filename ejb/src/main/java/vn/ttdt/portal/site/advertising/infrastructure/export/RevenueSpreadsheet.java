package vn.ttdt.portal.site.advertising.infrastructure.export;

import java.time.LocalDate;
import java.util.Arrays;
import org.dhatim.fastexcel.Worksheet;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.infrastructure.export.SheetLayout;
import vn.ttdt.portal.site.advertising.application.RevenueReport;

/**
 * The yearly advertising revenue as an .xlsx workbook: a title, one row per contract (number, advertiser, tax code,
 * placement, dates, fee, paid on, paid, outstanding) and a bold total row. Amounts are numeric cells with thousands
 * separators, dates real dates; the header row stays frozen.
 */
public final class RevenueSpreadsheet {

    public static final String MEDIA_TYPE = SheetLayout.MEDIA_TYPE;

    private static final String DATE = "dd/mm/yyyy";
    private static final int HEADER_ROW = 2;
    private static final String[] COLUMNS = {"number", "advertiser", "taxCode", "placement", "startsOn", "endsOn", "fee",
        "paidOn", "paid", "outstanding"};
    private static final double[] WIDTHS = {16, 36, 16, 24, 12, 12, 16, 12, 16, 16};

    private RevenueSpreadsheet() {
    }

    public static byte[] of(RevenueReport report) {
        return SheetLayout.landscape(label("sheet"), DomainTexts.text("revenue.export.title", Integer.toString(report.year())),
                HEADER_ROW, Arrays.stream(COLUMNS).map(c -> label("column." + c)).toArray(String[]::new), WIDTHS, ws -> {
                    int row = HEADER_ROW + 1;
                    for (RevenueReport.Row r : report.rows()) {
                        ws.value(row, 0, r.number());
                        ws.value(row, 1, r.advertiser());
                        ws.value(row, 2, r.taxCode());
                        ws.value(row, 3, r.placement());
                        date(ws, row, 4, r.startsOn());
                        date(ws, row, 5, r.endsOn());
                        SheetLayout.amount(ws, row, 6, r.fee(), false);
                        date(ws, row, 7, r.paidOn());
                        SheetLayout.amount(ws, row, 8, r.paid(), false);
                        SheetLayout.amount(ws, row, 9, r.outstanding(), false);
                        row++;
                    }
                    ws.value(row, 1, label("total"));
                    ws.style(row, 1).bold().set();
                    SheetLayout.amount(ws, row, 6, report.fees(), true);
                    SheetLayout.amount(ws, row, 8, report.paid(), true);
                    SheetLayout.amount(ws, row, 9, report.outstanding(), true);
                });
    }

    private static void date(Worksheet ws, int row, int column, LocalDate day) {
        if (day != null) {
            ws.value(row, column, day);
            ws.style(row, column).format(DATE).set();
        }
    }

    private static String label(String key) {
        return DomainTexts.text("revenue.export." + key);
    }
}
