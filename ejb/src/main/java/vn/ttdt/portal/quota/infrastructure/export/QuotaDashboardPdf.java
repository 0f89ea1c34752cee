package vn.ttdt.portal.quota.infrastructure.export;

import static vn.ttdt.portal.quota.infrastructure.export.DashboardTable.COLUMNS;
import static vn.ttdt.portal.quota.infrastructure.export.DashboardTable.label;
import static vn.ttdt.portal.shared.infrastructure.export.PdfFonts.composed;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.Map;
import vn.ttdt.portal.quota.application.ComplianceRowView;
import vn.ttdt.portal.quota.application.QuotaDashboard;
import vn.ttdt.portal.quota.domain.TrafficLight;
import vn.ttdt.portal.shared.infrastructure.export.PageFooter;
import vn.ttdt.portal.shared.infrastructure.export.PdfCells;
import vn.ttdt.portal.shared.infrastructure.export.PdfFonts;

/**
 * The quota dashboard's table as a PDF to print or file, with the fonts of the signature sheet ({@link PdfFonts},
 * embedded): A4 landscape, the site and the title, when the results were computed, the table (header repeated on
 * every page, each status in words on a tinted cell) and how many met their quota; the page number at the foot.
 */
public final class QuotaDashboardPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float[] WIDTHS = {17, 22, 10, 7, 8, 7, 8, 8, 13};
    private static final float MARGIN = 28;
    private static final Map<String, Color> TINTS = Map.of("green", new Color(220, 240, 220), "amber", new Color(253, 236, 200),
            "red", new Color(248, 215, 215));

    private QuotaDashboardPdf() {
    }

    /** Writes the PDF; the stream is left open. */
    public static void write(QuotaDashboard dashboard, String siteName, OutputStream out) {
        PdfFonts fonts = PdfFonts.create();
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN + 8);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageFooter(page -> label("footer", dashboard.quarterLabel(), String.valueOf(page)), fonts.small()));
        document.addTitle(composed(DashboardTable.title(dashboard)));
        document.addCreator(composed(siteName));
        document.open();
        Paragraph heading = new Paragraph(composed(siteName), fonts.regular());
        heading.add(new Phrase("\n" + composed(DashboardTable.title(dashboard)), fonts.title()));
        heading.add(new Phrase("\n" + composed(DashboardTable.computed(dashboard)), fonts.italic()));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(10);
        document.add(heading);
        document.add(table(dashboard, fonts));
        Paragraph summary = new Paragraph(composed(DashboardTable.summary(dashboard)), fonts.bold());
        summary.setSpacingBefore(8);
        document.add(summary);
        document.close();
    }

    private static PdfPTable table(QuotaDashboard dashboard, PdfFonts fonts) {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        for (String column : COLUMNS) {
            table.addCell(PdfCells.header(label("column." + column), fonts.bold()));
        }
        table.setHeaderRows(1);
        for (QuotaDashboard.Row row : dashboard.rows()) {
            ComplianceRowView figures = row.figures();
            table.addCell(cell(figures.group(), fonts.regular(), Element.ALIGN_LEFT));
            table.addCell(cell(DashboardTable.unit(figures), fonts.regular(), Element.ALIGN_LEFT));
            table.addCell(status(row.light(), DashboardTable.light(row), fonts));
            for (long figure : new long[] {figures.required(), figures.achieved(), figures.shortfall()}) {
                table.addCell(cell(Long.toString(figure), fonts.regular(), Element.ALIGN_RIGHT));
            }
            table.addCell(cell(DashboardTable.measure(figures.requiredNews(), figures.achievedNews()), fonts.regular(), Element.ALIGN_CENTER));
            table.addCell(cell(DashboardTable.measure(figures.requiredArticles(), figures.achievedArticles()), fonts.regular(),
                    Element.ALIGN_CENTER));
            table.addCell(cell(DashboardTable.posted(figures), fonts.regular(), Element.ALIGN_CENTER));
        }
        return table;
    }

    private static PdfPCell status(TrafficLight light, String words, PdfFonts fonts) {
        PdfPCell cell = cell(words, fonts.bold(), Element.ALIGN_CENTER);
        cell.setBackgroundColor(TINTS.get(light.colour()));
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        return PdfCells.cell(text, font, alignment);
    }
}
