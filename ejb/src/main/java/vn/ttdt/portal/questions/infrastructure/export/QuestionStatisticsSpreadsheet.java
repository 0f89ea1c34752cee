package vn.ttdt.portal.questions.infrastructure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.ttdt.portal.questions.application.QuestionFiguresReport;
import vn.ttdt.portal.questions.domain.QuestionTally;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.infrastructure.export.KeptOpenStream;

/**
 * The questions' statistics as an .xlsx workbook: sheet "Theo đơn vị" and sheet "Theo lĩnh vực", each with a title,
 * the period, a frozen header row, one row per line with numeric cells and the total row in bold.
 */
public final class QuestionStatisticsSpreadsheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] COLUMNS = {"line", "received", "onTime", "late", "declined", "spam", "inProgress",
        "onTimePercent", "averageWorkingDays"};
    private static final double[] WIDTHS = {44, 10, 12, 10, 10, 10, 12, 12, 16};
    private static final int HEADER_ROW = 2;

    private QuestionStatisticsSpreadsheet() {
    }

    /** Writes the workbook; the stream is left open. */
    public static void write(QuestionFiguresReport report, OutputStream out) {
        try {
            Workbook workbook = new Workbook(new KeptOpenStream(out), "Cong TTDT", "1.0");
            sheet(workbook.newWorksheet(label("sheet.units")), label("column.unit"), report.byUnit(), report);
            sheet(workbook.newWorksheet(label("sheet.fields")), label("column.field"), report.byField(), report);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Worksheet ws, String lineHeader, List<QuestionTally> lines, QuestionFiguresReport report) {
        ws.value(0, 0, label("title", BusinessCalendar.dayLabel(report.from()), BusinessCalendar.dayLabel(report.to())));
        ws.style(0, 0).bold().fontSize(13).set();
        for (int c = 0; c < COLUMNS.length; c++) {
            ws.value(HEADER_ROW, c, c == 0 ? lineHeader : label("column." + COLUMNS[c]));
            ws.width(c, WIDTHS[c]);
        }
        ws.range(HEADER_ROW, 0, HEADER_ROW, COLUMNS.length - 1).style().bold().fillColor("FFE6E6E6").wrapText(true).set();
        int row = HEADER_ROW + 1;
        for (QuestionTally line : lines) {
            tally(ws, row++, line, false);
        }
        tally(ws, row, report.total(), true);
        ws.freezePane(0, HEADER_ROW + 1);
    }

    private static void tally(Worksheet ws, int row, QuestionTally line, boolean bold) {
        ws.value(row, 0, line.label());
        long[] counts = {line.received(), line.onTime(), line.late(), line.declined(), line.spam(), line.inProgress()};
        for (int c = 0; c < counts.length; c++) {
            ws.value(row, c + 1, counts[c]);
        }
        if (line.onTimePercent() != null) {
            ws.value(row, 7, line.onTimePercent());
        }
        if (line.averageWorkingDays() != null) {
            ws.value(row, 8, line.averageWorkingDays());
            ws.style(row, 8).format("0.0").set();
        }
        if (bold) {
            ws.range(row, 0, row, COLUMNS.length - 1).style().bold().set();
        }
    }

    private static String label(String key, Object... arguments) {
        return DomainTexts.text("question.statistics.export." + key, arguments);
    }
}
