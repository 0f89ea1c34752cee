package vn.ttdt.portal.contributors.infrastructure.export;

import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import vn.ttdt.portal.contributors.application.ContributorRow;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.infrastructure.export.SheetLayout;

/**
 * The contributor registry of a year as an .xlsx workbook: a title, one row per contributor (name, pen name, unit or
 * occupation, contact, works published in the year, royalties received gross and net, account, active) and a bold
 * total row. Counts and amounts are numeric cells; the header row stays frozen.
 */
public final class ContributorRegistrySpreadsheet {

    public static final String MEDIA_TYPE = SheetLayout.MEDIA_TYPE;

    private static final int HEADER_ROW = 2;
    private static final String[] COLUMNS = {"fullName", "penName", "unitOrOccupation", "phone", "email", "address", "works",
        "royaltyGross", "royaltyNet", "account", "active"};
    private static final double[] WIDTHS = {26, 18, 34, 14, 28, 30, 12, 16, 16, 16, 11};

    private ContributorRegistrySpreadsheet() {
    }

    public static byte[] of(int year, List<ContributorRow> rows) {
        return SheetLayout.landscape(label("sheet"), DomainTexts.text("contributors.export.title", Integer.toString(year)),
                HEADER_ROW, Arrays.stream(COLUMNS).map(c -> label("column." + c)).toArray(String[]::new), WIDTHS, ws -> {
                    int row = HEADER_ROW + 1;
                    for (ContributorRow r : rows) {
                        text(ws, row, 0, r.fullName());
                        text(ws, row, 1, r.penName());
                        text(ws, row, 2, r.unitOrOccupation());
                        text(ws, row, 3, r.phone());
                        text(ws, row, 4, r.email());
                        text(ws, row, 5, r.address());
                        ws.value(row, 6, r.works());
                        SheetLayout.amount(ws, row, 7, r.royaltyGross(), false);
                        SheetLayout.amount(ws, row, 8, r.royaltyNet(), false);
                        text(ws, row, 9, r.accountLogin());
                        ws.value(row, 10, label(r.active() ? "active" : "inactive"));
                        row++;
                    }
                    ws.value(row, 0, label("total"));
                    ws.style(row, 0).bold().set();
                    ws.value(row, 6, rows.stream().mapToLong(ContributorRow::works).sum());
                    ws.style(row, 6).bold().set();
                    SheetLayout.amount(ws, row, 7, rows.stream().mapToLong(ContributorRow::royaltyGross).sum(), true);
                    SheetLayout.amount(ws, row, 8, rows.stream().mapToLong(ContributorRow::royaltyNet).sum(), true);
                });
    }

    private static void text(Worksheet ws, int row, int column, String value) {
        if (value != null) {
            ws.value(row, column, value);
        }
    }

    private static String label(String key) {
        return DomainTexts.text("contributors.export." + key);
    }
}
