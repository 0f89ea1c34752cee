package vn.ttdt.portal.questions.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.questions.application.QuestionFiguresReport;
import vn.ttdt.portal.questions.domain.QuestionTally;

class QuestionStatisticsSpreadsheetTest {

    private static final QuestionFiguresReport JANUARY = new QuestionFiguresReport(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31),
            List.of(new QuestionTally("Chưa chuyển đơn vị", 2, 0, 0, 0, 1, 1, null),
                    new QuestionTally("UBND xã Long Giao", 4, 1, 1, 1, 0, 1, 4.5)),
            List.of(new QuestionTally("Đất đai", 6, 1, 1, 1, 1, 2, 4.5)),
            new QuestionTally("Tổng cộng", 6, 1, 1, 1, 1, 2, 4.5), 1, null);

    private static List<List<String>> rows(Sheet sheet) throws IOException {
        return sheet.read().stream().map(QuestionStatisticsSpreadsheetTest::texts).toList();
    }

    private static List<String> texts(Row row) {
        return row.stream().map(cell -> cell == null ? "" : cell.getText()).toList();
    }

    @Test
    void eachSheetHasTheTitleTheHeaderALineForEachUnitOrFieldAndTheTotal() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuestionStatisticsSpreadsheet.write(JANUARY, out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Theo đơn vị", "Theo lĩnh vực"), sheets.stream().map(Sheet::getName).toList());
            List<List<String>> units = rows(sheets.get(0));
            assertEquals("Thống kê hỏi đáp của công dân từ 01/01/2023 đến 31/01/2023", units.get(0).get(0));
            assertEquals(List.of("Đơn vị trả lời", "Tiếp nhận", "Trả lời đúng hạn", "Trả lời trễ hạn", "Từ chối", "Thư rác",
                    "Đang xử lý", "Tỷ lệ đúng hạn (%)", "Số ngày làm việc trả lời bình quân"), units.get(1));
            assertEquals(List.of("Chưa chuyển đơn vị", "2", "0", "0", "0", "1", "1"), units.get(2));
            assertEquals(List.of("UBND xã Long Giao", "4", "1", "1", "1", "0", "1", "50", "4.5"), units.get(3));
            assertEquals(List.of("Tổng cộng", "6", "1", "1", "1", "1", "2", "50", "4.5"), units.get(4));
            List<List<String>> fields = rows(sheets.get(1));
            assertEquals("Lĩnh vực", fields.get(1).get(0));
            assertEquals(List.of("Đất đai", "6", "1", "1", "1", "1", "2", "50", "4.5"), fields.get(2));
        }
    }
}
