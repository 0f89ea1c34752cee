package vn.ttdt.portal.reporting.infrastructure.export;

import static vn.ttdt.portal.shared.infrastructure.export.PdfFonts.composed;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import vn.ttdt.portal.reporting.domain.Fact;
import vn.ttdt.portal.reporting.domain.Figure;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.YearlyReport;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.infrastructure.export.PageFooter;
import vn.ttdt.portal.shared.infrastructure.export.PdfCells;
import vn.ttdt.portal.shared.infrastructure.export.PdfFonts;

/**
 * The yearly operations report as a PDF to print and file, with the embedded fonts of the other exports
 * ({@link PdfFonts}): A4 portrait, the site, the title and when it was generated; then each section in order with what
 * it counts, its key figures, its table (header repeated across pages, total in bold) and its chart drawn as vector
 * bars; the page number at the foot.
 */
public final class YearlyReportPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 36;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessCalendar.ZONE);

    private YearlyReportPdf() {
    }

    /** Writes the PDF; the stream is left open. */
    public static void write(YearlyReport report, OutputStream out) {
        PdfFonts fonts = PdfFonts.create();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 8);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        String year = String.valueOf(report.year());
        String title = text("title", year);
        writer.setPageEvent(new PageFooter(page -> text("footer", year, String.valueOf(page)), fonts.small()));
        document.addTitle(composed(title));
        document.addCreator(composed(report.siteName()));
        document.open();
        Paragraph heading = new Paragraph(composed(report.siteName()), fonts.regular());
        heading.add(new Phrase("\n" + composed(title.toUpperCase(DomainTexts.VIETNAMESE)), fonts.title()));
        heading.add(new Phrase("\n" + composed(text("generated", MINUTE.format(report.generatedAt()))), fonts.italic()));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(12);
        document.add(heading);
        int number = 1;
        for (ReportSection section : report.sections()) {
            section(document, writer, section, number++, fonts);
        }
        document.close();
    }

    private static void section(Document document, PdfWriter writer, ReportSection section, int number, PdfFonts fonts) {
        Paragraph title = new Paragraph(composed(number + ". " + section.title()), fonts.bold());
        title.setSpacingBefore(10);
        title.setKeepTogether(true);
        document.add(title);
        Paragraph counts = new Paragraph(composed(section.counts()), fonts.smallItalic());
        counts.setSpacingAfter(4);
        document.add(counts);
        for (Fact fact : section.facts()) {
            Paragraph line = new Paragraph(composed("• " + fact.label() + ": "), fonts.regular());
            line.add(new Phrase(composed(fact.figure().display()), fonts.bold()));
            document.add(line);
        }
        if (section.rows().isEmpty()) {
            document.add(new Paragraph(composed(text("empty")), fonts.italic()));
        } else {
            document.add(table(section, fonts));
        }
        if (section.chartable()) {
            Paragraph chartTitle = new Paragraph(composed(section.chart().title()), fonts.small());
            chartTitle.setAlignment(Element.ALIGN_CENTER);
            chartTitle.setSpacingBefore(6);
            document.add(chartTitle);
            document.add(PdfBarChart.of(writer.getDirectContent(), section, fonts.regular().getBaseFont(),
                    document.right() - document.left()));
        }
    }

    private static PdfPTable table(ReportSection section, PdfFonts fonts) {
        int columns = section.headings().size() + 1;
        float[] widths = new float[columns];
        widths[0] = columns > 4 ? 3 : 4;
        for (int c = 1; c < columns; c++) {
            widths[c] = 1.3f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.addCell(PdfCells.header(section.labelHeading(), fonts.bold()));
        section.headings().forEach(heading -> table.addCell(PdfCells.header(heading, fonts.bold())));
        table.setHeaderRows(1);
        section.rows().forEach(row -> addRow(table, row, fonts.regular()));
        if (section.total() != null) {
            addRow(table, section.total(), fonts.bold());
        }
        return table;
    }

    private static void addRow(PdfPTable table, ReportRow row, Font font) {
        table.addCell(PdfCells.cell(row.label(), font, Element.ALIGN_LEFT));
        for (Figure figure : row.figures()) {
            table.addCell(PdfCells.cell(figure.display(), font, figure.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER));
        }
    }


    private static String text(String key, Object... arguments) {
        return DomainTexts.text("report.export." + key, arguments);
    }
}
