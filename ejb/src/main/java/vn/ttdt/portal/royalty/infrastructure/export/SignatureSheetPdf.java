package vn.ttdt.portal.royalty.infrastructure.export;

import static vn.ttdt.portal.royalty.infrastructure.export.ExportTexts.label;
import static vn.ttdt.portal.royalty.infrastructure.export.SheetCells.amount;
import static vn.ttdt.portal.royalty.infrastructure.export.SheetCells.blank;
import static vn.ttdt.portal.royalty.infrastructure.export.SheetCells.boxed;
import static vn.ttdt.portal.royalty.infrastructure.export.SheetCells.composed;
import static vn.ttdt.portal.royalty.infrastructure.export.SheetCells.plain;
import static vn.ttdt.portal.royalty.infrastructure.export.SheetCells.table;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.function.Consumer;
import vn.ttdt.portal.royalty.application.PayeeRow;
import vn.ttdt.portal.royalty.application.PayrollSheet;
import vn.ttdt.portal.royalty.domain.AmountInWords;
import vn.ttdt.portal.shared.infrastructure.export.PageFooter;
import vn.ttdt.portal.shared.infrastructure.export.PdfFonts;

/**
 * The signature sheet (bảng kê chi trả nhuận bút, thù lao) that finance prints, has signed by every payee and
 * files with the payment: A4 landscape, one block of rows per payee (a row per work or remuneration line, a
 * "Cộng" row when there are several), the totals in figures and in words, the date and three signature blocks.
 * The column header repeats on every page; a payee's merged cells (number, name, signature) keep no inner
 * borders so the payee signs once for the block.
 */
public final class SignatureSheetPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float[] WIDTHS = {4, 17, 33, 6, 10, 10, 10, 10};
    private static final String[] COLUMNS = {"number", "name", "work", "coefficient", "amount", "tax", "net", "signature"};
    private static final Color HEADER_BACKGROUND = new Color(230, 230, 230);
    private static final float MARGIN = 28;

    private SignatureSheetPdf() {
    }

    /** Writes the sheet dated "Ngày dd tháng mm năm yyyy"; the stream is left open. */
    public static void write(PayrollSheet sheet, OutputStream out) {
        write(sheet, null, out);
    }

    /** Writes the sheet dated "{place}, ngày dd tháng mm năm yyyy" when a place is given; the stream is left open. */
    public static void write(PayrollSheet sheet, String place, OutputStream out) {
        PdfFonts fonts = PdfFonts.create();
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN + 8);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        String month = ExportTexts.month(sheet.month());
        writer.setPageEvent(new PageFooter(page -> label("sheet.footer", month, String.valueOf(page)), fonts.small()));
        document.addTitle(label("sheet.title") + " " + label("sheet.month", ExportTexts.month(sheet.month())));
        document.addCreator(sheet.siteName());
        document.open();
        document.add(heading(sheet, fonts));
        addPayees(document, writer, sheet, fonts);
        document.add(closing(sheet, place, fonts));
        document.close();
    }

    private static PdfPTable heading(PayrollSheet sheet, PdfFonts fonts) {
        PdfPTable heading = table(new float[] {1, 1});
        Paragraph owner = new Paragraph(upper(sheet.ownerName()), fonts.bold());
        owner.add(new Phrase("\n" + composed(sheet.siteName()), fonts.regular()));
        heading.addCell(plain(owner, Element.ALIGN_LEFT));
        heading.addCell(plain(new Phrase(label("sheet.status", composed(sheet.statusLabel())), fonts.italic()),
                Element.ALIGN_RIGHT));
        Paragraph title = new Paragraph(label("sheet.title"), fonts.title());
        title.add(new Phrase("\n" + label("sheet.month", ExportTexts.month(sheet.month())), fonts.bold()));
        PdfPCell titleCell = plain(title, Element.ALIGN_CENTER);
        titleCell.setColspan(2);
        titleCell.setPaddingTop(10);
        titleCell.setPaddingBottom(8);
        heading.addCell(titleCell);
        return heading;
    }

    /**
     * Adds the table a payee block at a time (a large table, flushed after each block), and starts a new page
     * before a block that would not fit in the room left, so that no payee is split from their signature cell.
     * A flushed table skips its header at the start of the next part, so the header is asked for again there.
     */
    private static void addPayees(Document document, PdfWriter writer, PayrollSheet sheet, PdfFonts fonts) {
        PdfPTable table = table(WIDTHS);
        table.setComplete(false);
        addHeader(table, fonts);
        table.setHeaderRows(1);
        float width = document.right() - document.left();
        float headerHeight = measured(width, t -> addHeader(t, fonts));
        float pageRoom = document.top() - document.bottom() - headerHeight;
        for (PayeeRow payee : sheet.payees()) {
            float blockHeight = measured(width, t -> PayeeBlock.add(t, payee, fonts));
            float room = writer.getVerticalPosition(false) - document.bottom() - headerHeight;
            if (blockHeight > room && blockHeight <= pageRoom) {
                document.newPage();
                table.setSkipFirstHeader(false);
            }
            PayeeBlock.add(table, payee, fonts);
            document.add(table);
        }
        PdfPCell total = boxed(new Phrase(label("sheet.total"), fonts.bold()), Element.ALIGN_CENTER, Rectangle.BOX);
        total.setColspan(4);
        table.addCell(total);
        table.addCell(amount(sheet.totalGross(), fonts.bold()));
        table.addCell(amount(sheet.totalTax(), fonts.bold()));
        table.addCell(amount(sheet.totalNet(), fonts.bold()));
        table.addCell(blank(Rectangle.BOX));
        table.setComplete(true);
        document.add(table);
    }

    private static void addHeader(PdfPTable table, PdfFonts fonts) {
        for (String column : COLUMNS) {
            PdfPCell header = boxed(new Phrase(label("column." + column), fonts.bold()), Element.ALIGN_CENTER, Rectangle.BOX);
            header.setBackgroundColor(HEADER_BACKGROUND);
            header.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(header);
        }
    }

    private static float measured(float width, Consumer<PdfPTable> rows) {
        PdfPTable probe = new PdfPTable(WIDTHS);
        probe.setTotalWidth(width);
        probe.setLockedWidth(true);
        rows.accept(probe);
        return probe.getTotalHeight();
    }

    /** The totals in words, the date and the signature blocks, kept together on one page. */
    private static PdfPTable closing(PayrollSheet sheet, String place, PdfFonts fonts) {
        PdfPTable block = table(new float[] {1, 1, 1});
        block.setSpacingBefore(6);
        block.setKeepTogether(true);
        Paragraph words = new Paragraph(label("sheet.netInWords", AmountInWords.of(sheet.totalNet())), fonts.bold());
        words.add(new Phrase("\n" + label("sheet.grossInWords", ExportTexts.amount(sheet.totalGross()),
                AmountInWords.of(sheet.totalGross()), ExportTexts.amount(sheet.totalTax())), fonts.italic()));
        PdfPCell wordsCell = plain(words, Element.ALIGN_LEFT);
        wordsCell.setColspan(3);
        wordsCell.setPaddingBottom(10);
        block.addCell(wordsCell);
        block.addCell(blank(Rectangle.NO_BORDER));
        block.addCell(blank(Rectangle.NO_BORDER));
        block.addCell(plain(new Phrase(dateLine(sheet.preparedOn(), place), fonts.italic()), Element.ALIGN_CENTER));
        String[] roles = {"preparer", "chiefAccountant", "head"};
        String[] names = {sheet.preparer(), sheet.chiefAccountant(), sheet.head()};
        for (String role : roles) {
            Paragraph title = new Paragraph(label("sign." + role), fonts.bold());
            title.add(new Phrase("\n" + label(role.equals("head") ? "sign.headHint" : "sign.hint"), fonts.smallItalic()));
            block.addCell(plain(title, Element.ALIGN_CENTER));
        }
        for (String name : names) {
            PdfPCell signed = plain(new Phrase(composed(name), fonts.bold()), Element.ALIGN_CENTER);
            signed.setPaddingTop(60);
            block.addCell(signed);
        }
        return block;
    }

    private static String dateLine(LocalDate date, String place) {
        boolean withPlace = place != null && !place.isBlank();
        if (date == null) {
            return withPlace ? label("sheet.placeAndDateBlank", composed(place)) : label("sheet.dateBlank");
        }
        String day = String.format("%02d", date.getDayOfMonth());
        String month = String.format("%02d", date.getMonthValue());
        String year = String.valueOf(date.getYear());
        return withPlace ? label("sheet.placeAndDate", day, month, year, composed(place)) : label("sheet.date", day, month, year);
    }

    private static String upper(String text) {
        return composed(text).toUpperCase(ExportTexts.VIETNAMESE);
    }
}
