package vn.ttdt.portal.royalty.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** "Bảng kê chi trả nhuận bút, thù lao tháng 09/2023 · trang n" at the foot of every page of the sheet. */
final class SheetFooter extends PdfPageEventHelper {

    private final String month;
    private final Font font;

    SheetFooter(String month, Font font) {
        this.month = month;
        this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String text = ExportTexts.label("sheet.footer", month, String.valueOf(writer.getPageNumber()));
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT, new Phrase(text, font),
                document.right(), document.bottom() - 16, 0);
    }
}
