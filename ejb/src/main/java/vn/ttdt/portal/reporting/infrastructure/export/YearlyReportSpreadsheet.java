package vn.ttdt.portal.reporting.infrastructure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.ttdt.portal.reporting.domain.Fact;
import vn.ttdt.portal.reporting.domain.Figure;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.YearlyReport;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.infrastructure.export.KeptOpenStream;
import vn.ttdt.portal.shared.infrastructure.export.SheetLayout;

/**
 * The yearly operations report as an .xlsx workbook, one sheet per section in the report's order: the section's title
 * (with the year), what it counts, its key figures, then its table under a frozen grey header row, figures as numbers
 * with thousands separators and the total row in bold.
 */
public final class YearlyReportSpreadsheet {

    public static final String MEDIA_TYPE = SheetLayout.MEDIA_TYPE;

    private static final int SHEET_NAME = 31;
    private static final double LABEL_WIDTH = 44;
    private static final double FIGURE_WIDTH = 16;

    private YearlyReportSpreadsheet() {
    }

    /** Writes the workbook; the stream is left open. */
    public static void write(YearlyReport report, OutputStream out) {
        try {
            Workbook workbook = new Workbook(new KeptOpenStream(out), "Cong TTDT", "1.0");
            int number = 1;
            for (ReportSection section : report.sections()) {
                sheet(workbook.newWorksheet(sheetName(number++, section.title())), report.year(), section);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Worksheet ws, int year, ReportSection section) {
        SheetLayout.title(ws, DomainTexts.text("report.export.sheetTitle", section.title(), String.valueOf(year)));
        ws.value(1, 0, section.counts());
        int row = 3;
        for (Fact fact : section.facts()) {
            ws.value(row, 0, fact.label());
            figure(ws, row, 1, fact.figure(), true);
            row++;
        }
        int header = row + (section.facts().isEmpty() ? 0 : 1);
        List<String> headings = new ArrayList<>(List.of(section.labelHeading()));
        headings.addAll(section.headings());
        double[] widths = new double[headings.size()];
        widths[0] = LABEL_WIDTH;
        for (int c = 1; c < widths.length; c++) {
            widths[c] = FIGURE_WIDTH;
        }
        SheetLayout.header(ws, header, headings.toArray(String[]::new), widths);
        row = header + 1;
        for (ReportRow line : section.rows()) {
            line(ws, row++, line, false);
        }
        if (section.total() != null) {
            line(ws, row, section.total(), true);
        }
        ws.freezePane(0, header + 1);
    }

    private static void line(Worksheet ws, int row, ReportRow line, boolean bold) {
        ws.value(row, 0, line.label());
        if (bold) {
            ws.style(row, 0).bold().set();
        }
        for (int c = 0; c < line.figures().size(); c++) {
            figure(ws, row, c + 1, line.figures().get(c), bold);
        }
    }

    private static void figure(Worksheet ws, int row, int column, Figure figure, boolean bold) {
        if (figure.numeric()) {
            SheetLayout.amount(ws, row, column, figure.number(), bold);
        } else {
            ws.value(row, column, figure.text());
        }
    }

    /** "3. Văn bản…" within Excel's 31 characters (cut at a word), without the characters a sheet name may not hold. */
    static String sheetName(int number, String title) {
        String name = (number + ". " + title).replaceAll("[\\\\/?*\\[\\]:]", "-");
        if (name.length() <= SHEET_NAME) {
            return name;
        }
        String cut = name.substring(0, SHEET_NAME + 1);
        return cut.substring(0, cut.lastIndexOf(' ')).replaceAll("[\\s,;–-]+$", "");
    }
}
