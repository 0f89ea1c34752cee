package vn.ttdt.portal.shared.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.function.IntFunction;

/**
 * A line at the foot of every page of a PDF export, right-aligned, given the page number ("Bảng kê chi trả nhuận bút,
 * thù lao tháng 09/2023 · trang n", "Theo dõi chỉ tiêu Quý IV/2026 · trang n").
 */
public final class PageFooter extends PdfPageEventHelper {

    private final IntFunction<String> line;
    private final Font font;

    public PageFooter(IntFunction<String> line, Font font) {
        this.line = line;
        this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                new Phrase(PdfFonts.composed(line.apply(writer.getPageNumber())), font), document.right(), document.bottom() - 16, 0);
    }
}
