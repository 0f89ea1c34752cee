package vn.ttdt.portal.shared.infrastructure.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The layout the portal's spreadsheets share: a bold title, a grey bordered header row, amounts with thousands separators. */
public final class SheetLayout {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String AMOUNT = "#,##0";

    private SheetLayout() {
    }

    /**
     * A one-sheet workbook printed landscape on one page wide: the title, the headings in {@code headerRow} (kept in view
     * when scrolling), then what {@code rows} writes below them.
     */
    public static byte[] landscape(String sheet, String title, int headerRow, String[] headings, double[] widths,
                                   Consumer<Worksheet> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Cong TTDT", "1.0");
            Worksheet ws = workbook.newWorksheet(sheet);
            title(ws, title);
            header(ws, headerRow, headings, widths);
            rows.accept(ws);
            ws.freezePane(0, headerRow + 1);
            ws.pageOrientation("landscape");
            ws.fitToWidth((short) 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void title(Worksheet ws, String title) {
        ws.value(0, 0, title);
        ws.style(0, 0).bold().fontSize(13).set();
    }

    /** Column headings in {@code row}, each column as wide as given. */
    public static void header(Worksheet ws, int row, String[] labels, double[] widths) {
        for (int c = 0; c < labels.length; c++) {
            ws.value(row, c, labels[c]);
            ws.width(c, widths[c]);
        }
        ws.range(row, 0, row, labels.length - 1).style().bold().fillColor("FFE6E6E6").wrapText(true).borderStyle("thin").set();
    }

    /** A whole-VND amount as a number with thousands separators, bold in a total row. */
    public static void amount(Worksheet ws, int row, int column, long vnd, boolean bold) {
        ws.value(row, column, vnd);
        if (bold) {
            ws.style(row, column).format(AMOUNT).bold().set();
        } else {
            ws.style(row, column).format(AMOUNT).set();
        }
    }
}
