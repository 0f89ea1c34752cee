package vn.ttdt.portal.royalty.infrastructure.export;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import vn.ttdt.portal.shared.infrastructure.export.PdfFonts;

/** Tables and cells of the signature sheet, with room between lines for Vietnamese stacked diacritics. */
final class SheetCells {

    private static final float LINE_SPACING = 1.3f;

    private SheetCells() {
    }

    static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    static PdfPCell plain(Phrase content, int alignment) {
        return boxed(content, alignment, Rectangle.NO_BORDER);
    }

    static PdfPCell boxed(Phrase content, int alignment, int border) {
        PdfPCell cell = new PdfPCell(content);
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(border);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        cell.setLeading(0, LINE_SPACING);
        return cell;
    }

    static PdfPCell amount(long vnd, Font font) {
        return boxed(new Phrase(ExportTexts.amount(vnd), font), Element.ALIGN_RIGHT, Rectangle.BOX);
    }

    static PdfPCell blank(int border) {
        return boxed(new Phrase(""), Element.ALIGN_LEFT, border);
    }

    /** Composed (NFC) text: one glyph per Vietnamese letter, since the PDF does no mark positioning. */
    static String composed(String text) {
        return PdfFonts.composed(text);
    }
}
