package vn.ttdt.portal.royalty.infrastructure.export;

import static vn.ttdt.portal.royalty.infrastructure.export.ExportTexts.coefficient;
import static vn.ttdt.portal.royalty.infrastructure.export.ExportTexts.label;
import static vn.ttdt.portal.royalty.infrastructure.export.SheetCells.amount;
import static vn.ttdt.portal.royalty.infrastructure.export.SheetCells.blank;
import static vn.ttdt.portal.royalty.infrastructure.export.SheetCells.boxed;
import static vn.ttdt.portal.royalty.infrastructure.export.SheetCells.composed;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import vn.ttdt.portal.royalty.application.PayeeRow;
import vn.ttdt.portal.royalty.application.WorkRow;
import vn.ttdt.portal.shared.infrastructure.export.PdfFonts;

/**
 * The rows of one payee on the signature sheet: a row per work or remuneration line and, when there is not
 * exactly one, a "Cộng" row with the payee's gross, tax and net (a single line carries them itself). Number,
 * name and signature cells are drawn without inner borders, as one merged cell the payee signs once.
 */
final class PayeeBlock {

    private static final float SIGNING_HEIGHT = 30;

    private PayeeBlock() {
    }

    static void add(PdfPTable table, PayeeRow payee, PdfFonts fonts) {
        List<WorkRow> works = payee.works();
        boolean subtotal = works.size() != 1;
        int rows = works.size() + (subtotal ? 1 : 0);
        for (int i = 0; i < rows; i++) {
            int merged = mergedBorder(i, rows);
            table.addCell(boxed(new Phrase(i == 0 ? String.valueOf(payee.number()) : "", fonts.regular()),
                    Element.ALIGN_CENTER, merged));
            table.addCell(boxed(i == 0 ? name(payee, fonts) : new Phrase(""), Element.ALIGN_LEFT, merged));
            if (i < works.size()) {
                addWork(table, works.get(i), subtotal ? null : payee, fonts);
            } else {
                addSubtotal(table, payee, fonts);
            }
            PdfPCell signature = blank(merged);
            signature.setMinimumHeight(rows == 1 ? SIGNING_HEIGHT : 0);
            table.addCell(signature);
        }
    }

    private static void addWork(PdfPTable table, WorkRow work, PayeeRow payeeOnOneLine, PdfFonts fonts) {
        Phrase title = new Phrase(composed(work.title()), fonts.regular());
        if (work.detail() != null && !work.detail().isBlank()) {
            title.add(new Phrase("\n" + composed(work.detail()), fonts.small()));
        }
        table.addCell(boxed(title, Element.ALIGN_LEFT, Rectangle.BOX));
        table.addCell(boxed(new Phrase(coefficient(work.coefficient()), fonts.regular()), Element.ALIGN_CENTER,
                Rectangle.BOX));
        table.addCell(amount(work.amount(), fonts.regular()));
        if (payeeOnOneLine == null) {
            table.addCell(blank(Rectangle.BOX));
            table.addCell(blank(Rectangle.BOX));
        } else {
            table.addCell(amount(payeeOnOneLine.tax(), fonts.regular()));
            table.addCell(amount(payeeOnOneLine.net(), fonts.bold()));
        }
    }

    private static void addSubtotal(PdfPTable table, PayeeRow payee, PdfFonts fonts) {
        table.addCell(boxed(new Phrase(label("sheet.payeeSubtotal"), fonts.bold()), Element.ALIGN_RIGHT, Rectangle.BOX));
        table.addCell(blank(Rectangle.BOX));
        table.addCell(amount(payee.gross(), fonts.bold()));
        table.addCell(amount(payee.tax(), fonts.regular()));
        table.addCell(amount(payee.net(), fonts.bold()));
    }

    private static Phrase name(PayeeRow payee, PdfFonts fonts) {
        Phrase name = new Phrase(composed(payee.name()), fonts.bold());
        if (payee.taxCode() != null && !payee.taxCode().isBlank()) {
            name.add(new Phrase("\n" + label("sheet.taxCode", composed(payee.taxCode())), fonts.small()));
        }
        return name;
    }

    private static int mergedBorder(int row, int rows) {
        int border = Rectangle.LEFT | Rectangle.RIGHT;
        if (row == 0) {
            border |= Rectangle.TOP;
        }
        if (row == rows - 1) {
            border |= Rectangle.BOTTOM;
        }
        return border;
    }
}
