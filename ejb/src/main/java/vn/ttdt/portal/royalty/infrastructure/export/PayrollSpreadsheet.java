package vn.ttdt.portal.royalty.infrastructure.export;

import static vn.ttdt.portal.royalty.infrastructure.export.ExportTexts.label;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.ttdt.portal.royalty.application.PayeeRow;
import vn.ttdt.portal.royalty.application.PayrollSheet;
import vn.ttdt.portal.royalty.application.WorkRow;
import vn.ttdt.portal.shared.infrastructure.export.KeptOpenStream;

/**
 * The payroll as an .xlsx workbook for finance to check, sort and file. Sheet "Bảng kê": a title, then one row
 * per work or remuneration line (payee number, name and tax code repeated on each, so the sheet filters well),
 * a bold "Cộng" row per payee with gross, tax and net, and the grand total. Sheet "Tổng theo người nhận": one
 * row per payee with tax code, bank account, bank, gross, tax and net. Amounts are numeric cells shown with
 * thousands separators; the header rows stay frozen.
 */
public final class PayrollSpreadsheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String AMOUNT = "#,##0";
    private static final String COEFFICIENT = "0.00";
    private static final String HEADER_FILL = "FFE6E6E6";
    private static final double HEADER_HEIGHT = 30;
    private static final int LINES_HEADER_ROW = 3;
    private static final String[] LINE_COLUMNS = {"number", "name", "taxCode", "work", "detail", "coefficient",
        "amount", "tax", "net"};
    private static final double[] LINE_WIDTHS = {6, 28, 14, 56, 24, 8, 14, 14, 14};
    private static final String[] PAYEE_COLUMNS = {"number", "name", "taxCode", "bankAccount", "bank", "amount",
        "tax", "net"};
    private static final double[] PAYEE_WIDTHS = {6, 28, 14, 20, 30, 14, 14, 14};

    private PayrollSpreadsheet() {
    }

    /** Writes the workbook; the stream is left open. */
    public static void write(PayrollSheet sheet, OutputStream out) {
        try {
            Workbook workbook = new Workbook(new KeptOpenStream(out), "Cong TTDT", "1.0");
            lines(workbook.newWorksheet(label("workbook.lines")), sheet);
            payees(workbook.newWorksheet(label("workbook.payees")), sheet);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lines(Worksheet ws, PayrollSheet sheet) {
        ws.value(0, 0, label("sheet.title") + " – " + label("sheet.month", ExportTexts.month(sheet.month())));
        ws.style(0, 0).bold().fontSize(13).set();
        ws.value(1, 0, String.join(" · ", nullToEmpty(sheet.ownerName()), nullToEmpty(sheet.siteName()),
                label("sheet.status", nullToEmpty(sheet.statusLabel()))));
        header(ws, LINES_HEADER_ROW, LINE_COLUMNS, LINE_WIDTHS);
        int row = LINES_HEADER_ROW + 1;
        for (PayeeRow payee : sheet.payees()) {
            for (WorkRow work : payee.works()) {
                payeeKey(ws, row, payee);
                ws.value(row, 3, nullToEmpty(work.title()));
                ws.value(row, 4, nullToEmpty(work.detail()));
                if (work.coefficient() != null) {
                    ws.value(row, 5, work.coefficient());
                    ws.style(row, 5).format(COEFFICIENT).set();
                }
                amount(ws, row, 6, work.amount(), false);
                row++;
            }
            payeeKey(ws, row, payee);
            ws.value(row, 3, label("sheet.payeeSubtotal"));
            ws.style(row, 3).bold().set();
            amounts(ws, row, 6, payee.gross(), payee.tax(), payee.net());
            row++;
        }
        ws.value(row, 1, label("sheet.total"));
        ws.style(row, 1).bold().set();
        amounts(ws, row, 6, sheet.totalGross(), sheet.totalTax(), sheet.totalNet());
        ws.freezePane(0, LINES_HEADER_ROW + 1);
        ws.pageOrientation("landscape");
        ws.fitToWidth((short) 1);
    }

    private static void payees(Worksheet ws, PayrollSheet sheet) {
        header(ws, 0, PAYEE_COLUMNS, PAYEE_WIDTHS);
        int row = 1;
        for (PayeeRow payee : sheet.payees()) {
            payeeKey(ws, row, payee);
            ws.value(row, 3, nullToEmpty(payee.bankAccountNumber()));
            ws.value(row, 4, nullToEmpty(payee.bankName()));
            amounts(ws, row, 5, payee.gross(), payee.tax(), payee.net());
            row++;
        }
        ws.value(row, 1, label("sheet.total"));
        ws.style(row, 1).bold().set();
        amounts(ws, row, 5, sheet.totalGross(), sheet.totalTax(), sheet.totalNet());
        ws.freezePane(0, 1);
        ws.pageOrientation("landscape");
        ws.fitToWidth((short) 1);
    }

    private static void header(Worksheet ws, int row, String[] columns, double[] widths) {
        for (int c = 0; c < columns.length; c++) {
            ws.value(row, c, label("column." + columns[c]));
            ws.width(c, widths[c]);
        }
        ws.rowHeight(row, HEADER_HEIGHT);
        ws.range(row, 0, row, columns.length - 1).style().bold().fillColor(HEADER_FILL).wrapText(true)
                .horizontalAlignment("center").verticalAlignment("center").borderStyle("thin").set();
    }

    private static void payeeKey(Worksheet ws, int row, PayeeRow payee) {
        ws.value(row, 0, payee.number());
        ws.value(row, 1, nullToEmpty(payee.name()));
        ws.value(row, 2, nullToEmpty(payee.taxCode()));
    }

    private static void amounts(Worksheet ws, int row, int firstColumn, long gross, long tax, long net) {
        amount(ws, row, firstColumn, gross, true);
        amount(ws, row, firstColumn + 1, tax, true);
        amount(ws, row, firstColumn + 2, net, true);
    }

    private static void amount(Worksheet ws, int row, int column, long vnd, boolean bold) {
        ws.value(row, column, vnd);
        if (bold) {
            ws.style(row, column).format(AMOUNT).bold().set();
        } else {
            ws.style(row, column).format(AMOUNT).set();
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
