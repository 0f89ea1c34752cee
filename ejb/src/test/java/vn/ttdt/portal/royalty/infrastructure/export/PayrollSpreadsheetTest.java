package vn.ttdt.portal.royalty.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.royalty.application.PayeeRow;
import vn.ttdt.portal.royalty.application.PayrollSheet;
import vn.ttdt.portal.royalty.application.WorkRow;

class PayrollSpreadsheetTest {

    @Test
    void theLinesSheetHasOneRowPerWorkAndASubtotalPerPayee() throws IOException {
        List<Row> rows = rowsAfterHeader(0, "STT");

        assertEquals(List.of(
                "1|Nguyễn Văn An|8012345678|Khai mạc Giải bóng đá thanh niên huyện Cẩm Mỹ|Tin · 100%|5|900000||",
                "1|Nguyễn Văn An|8012345678|Chuyển đổi số ở vùng nông thôn Cẩm Mỹ|Bài · 34%|12|734400||",
                "1|Nguyễn Văn An|8012345678|Cộng|||1634400|0|1634400",
                "2|Võ Thanh Hương|3600123456|Huyện Cẩm Mỹ sơ kết 6 tháng đầu năm|Tin · 100%|10|1800000||",
                "2|Võ Thanh Hương|3600123456|Ban biên tập tháng 09/2023|Thù lao: Thư ký|2|360000||",
                "2|Võ Thanh Hương|3600123456|Cộng|||2160000|216000|1944000",
                "3|Đặng Quốc Khánh||Mùa lúa chín ở Xuân Đường|Ảnh · 100%|3|540000||",
                "3|Đặng Quốc Khánh||Cộng|||540000|0|540000",
                "4|" + SamplePayrolls.GROUP_NAME + "|3600999888|Cẩm Mỹ đổi thay trên từng con đường|Phóng sự, ký · 100%|25|4500000||",
                "4|" + SamplePayrolls.GROUP_NAME + "|3600999888|Cộng|||4500000|450000|4050000",
                "|Tổng cộng|||||8834400|666000|8168400"),
                rows.stream().map(row -> joined(row, 9)).toList());
    }

    @Test
    void amountsAreNumericCellsWithAThousandsFormat() throws IOException {
        List<Row> rows = rowsAfterHeader(0, "STT");
        Row subtotal = rows.get(5);

        for (int column = 6; column <= 8; column++) {
            Cell cell = subtotal.getCell(column);
            assertEquals(CellType.NUMBER, cell.getType());
            assertEquals("#,##0", cell.getDataFormatString());
        }
        assertEquals(new BigDecimal("216000"), subtotal.getCell(7).asNumber());
        assertEquals(CellType.NUMBER, rows.get(1).getCell(5).getType());
    }

    @Test
    void theHeaderIsFrozenAndTheColumnsHaveWidths() throws IOException {
        String lines = entry(workbook(), "xl/worksheets/sheet1.xml");
        String payees = entry(workbook(), "xl/worksheets/sheet2.xml");

        assertTrue(lines.contains("ySplit=\"4\"") && lines.contains("state=\"frozen\""), lines);
        assertTrue(payees.contains("ySplit=\"1\"") && payees.contains("state=\"frozen\""), payees);
        assertTrue(lines.contains("<cols>") && lines.contains("width=\"56"), lines);
        assertTrue(entry(workbook(), "xl/styles.xml").contains("<b"), "a bold font for the header");
    }

    @Test
    void theTitleNamesTheSheetAndTheMonth() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(workbook()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("Bảng kê", workbook.getFirstSheet().getName());
            assertEquals("BẢNG KÊ CHI TRẢ NHUẬN BÚT, THÙ LAO – Tháng 09/2023", rows.get(0).getCellText(0));
            assertEquals("Ủy ban nhân dân huyện Cẩm Mỹ · Cổng thông tin điện tử huyện Cẩm Mỹ · Trạng thái: Đã duyệt",
                    rows.get(1).getCellText(0));
        }
    }

    @Test
    void thePayeesSheetHasTheBankDetailsAsTextAndTheTotals() throws IOException {
        List<Row> rows = rowsAfterHeader(1, "STT");

        assertEquals(List.of(
                "1|Nguyễn Văn An|8012345678|0071000123456|Vietcombank – CN Đồng Nai|1634400|0|1634400",
                "2|Võ Thanh Hương|3600123456|1234 5678 9012|BIDV Đồng Nai|2160000|216000|1944000",
                "3|Đặng Quốc Khánh||||540000|0|540000",
                "4|" + SamplePayrolls.GROUP_NAME + "|3600999888|100000123456|Agribank Cẩm Mỹ|4500000|450000|4050000",
                "|Tổng cộng||||8834400|666000|8168400"),
                rows.stream().map(row -> joined(row, 8)).toList());
        assertEquals(CellType.STRING, rows.get(0).getCell(3).getType(), "leading zeros of the account kept");
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsATextCellNeverAsAFormula() throws IOException {
        String formula = "=HYPERLINK(\"http://lua.example\",\"Bấm\")";
        PayeeRow payee = new PayeeRow(1, formula, "+84", "@SUM(A1)", "-2+3",
                List.of(new WorkRow("=1+1", "Tin · 100%", BigDecimal.ONE, 500_000)), 500_000, 0, 500_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PayrollSpreadsheet.write(new PayrollSheet("Cổng TTĐT", "UBND", YearMonth.of(2023, 9), "Bản nháp",
                List.of(payee), 500_000, 0, 500_000, null, null, null, null), out);

        for (String sheet : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")) {
            assertFalse(entry(out.toByteArray(), sheet).contains("<f>"), sheet + " has a formula");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row line = workbook.getFirstSheet().read().stream()
                    .filter(row -> row.getOptionalCell(3).map(Cell::getText).orElse("").startsWith("=")).findFirst().orElseThrow();
            assertEquals(CellType.STRING, line.getCell(1).getType());
            assertEquals(formula, line.getCellText(1));
            assertEquals(CellType.STRING, line.getCell(3).getType());
            assertEquals("=1+1", line.getCellText(3));
        }
    }

    private static List<Row> rowsAfterHeader(int sheet, String firstHeader) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(workbook()),
                new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getSheet(sheet).orElseThrow().read();
            List<Row> after = new ArrayList<>();
            boolean header = false;
            for (Row row : rows) {
                if (header) {
                    after.add(row);
                }
                header |= firstHeader.equals(row.getCellText(0));
            }
            return after;
        }
    }

    private static String joined(Row row, int columns) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cells.add(row.getOptionalCell(c).map(PayrollSpreadsheetTest::text).orElse(""));
        }
        return String.join("|", cells);
    }

    private static String text(Cell cell) {
        return cell.getType() == CellType.NUMBER ? cell.asNumber().stripTrailingZeros().toPlainString() : cell.getText();
    }

    private static byte[] workbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PayrollSpreadsheet.write(SamplePayrolls.september(), out);
        return out.toByteArray();
    }

    private static String entry(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile("payroll", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                assertNotNull(entry, name + " in the workbook");
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
