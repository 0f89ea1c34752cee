package vn.ttdt.portal.shared.infrastructure.export;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import java.awt.Color;

/** The table cells of the PDF exports (the quota dashboard, the yearly report): boxed, padded, text composed for the embedded fonts. */
public final class PdfCells {

    private static final Color HEADER = new Color(230, 230, 230);

    private PdfCells() {
    }

    public static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(PdfFonts.composed(text), font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorder(Rectangle.BOX);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        cell.setLeading(0, 1.3f);
        return cell;
    }

    /** A column heading: bold, centred, on grey. */
    public static PdfPCell header(String text, Font bold) {
        PdfPCell cell = cell(text, bold, Element.ALIGN_CENTER);
        cell.setBackgroundColor(HEADER);
        return cell;
    }
}
