package vn.ttdt.portal.reporting.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.reporting.domain.Fact;
import vn.ttdt.portal.reporting.domain.Figure;
import vn.ttdt.portal.reporting.domain.ReportChart;
import vn.ttdt.portal.reporting.domain.ReportRow;
import vn.ttdt.portal.reporting.domain.ReportSection;
import vn.ttdt.portal.reporting.domain.YearlyReport;

class YearlyReportExportsTest {

    private static final YearlyReport REPORT = new YearlyReport(2023, "Trang thông tin điện tử huyện Cẩm Mỹ",
            Instant.parse("2026-12-06T03:00:00Z"), List.of(months(), questions(), training()));

    private static ReportSection months() {
        List<ReportRow> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            rows.add(ReportRow.of("Tháng " + month, month, 1, month + 1));
        }
        return new ReportSection("itemsByMonth", "Tin, bài đã đăng theo tháng", "Tin và bài đăng trong từng tháng.", List.of(),
                "Tháng", List.of("Tin", "Bài", "Cộng"), rows, ReportRow.of("Tổng cộng", 78, 12, 90),
                new ReportChart(ReportChart.Shape.COLUMNS, "Số tin, bài đăng mỗi tháng", 2));
    }

    private static ReportSection questions() {
        return new ReportSection("questions", "Tiếp nhận và trả lời câu hỏi của người dân", "Câu hỏi nhận trong năm.",
                List.of(), "Đơn vị trả lời", List.of("Nhận được", "Đúng hạn"),
                List.of(ReportRow.of("UBND xã Xuân Đường", 7, 5), ReportRow.of("Phòng Tư pháp", 2, 2)),
                ReportRow.of("Tổng cộng", 9, 7), new ReportChart(ReportChart.Shape.BARS, "Câu hỏi theo đơn vị", 0));
    }

    private static ReportSection training() {
        return new ReportSection("training", "Tập huấn kỹ năng viết tin, bài", "Lớp tập huấn bắt đầu trong năm.",
                List.of(Fact.of("Số lớp", 1), new Fact("Quỹ nhuận bút của năm", Figure.text("Chưa đặt quỹ"))), "Lớp tập huấn",
                List.of("Thời gian", "Học viên", "Có mặt"),
                List.of(new ReportRow("Tập huấn kỹ năng viết tin, bài cho cộng tác viên năm 2023",
                        List.of(Figure.text("15/06/2023 – 16/06/2023"), Figure.of(3), Figure.of(2)))), null, null);
    }

    @Test
    void thePdfCarriesTheVietnameseTextOfEverySectionAndItsChartsInEmbeddedFonts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        YearlyReportPdf.write(REPORT, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Trang thông tin điện tử huyện Cẩm Mỹ"), text);
            assertTrue(text.contains("BÁO CÁO TÌNH HÌNH HOẠT ĐỘNG NĂM 2023"), text);
            assertTrue(text.contains("Số liệu lấy lúc 06/12/2026 10:00"), text);
            assertTrue(text.contains("1. Tin, bài đã đăng theo tháng") && text.contains("2. Tiếp nhận và trả lời câu hỏi của người dân"), text);
            assertTrue(text.contains("UBND xã Xuân Đường") && text.contains("Tập huấn kỹ năng viết tin, bài cho cộng tác viên năm 2023"), text);
            assertTrue(text.contains("Quỹ nhuận bút của năm: Chưa đặt quỹ"), text);
            assertTrue(text.contains("Báo cáo tình hình hoạt động năm 2023 · trang 1"), text);
            List<PDFormXObject> charts = charts(document);
            assertEquals(2, charts.size(), "one drawing per section with a chart");
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                assertEmbedded(document.getPage(page).getResources());
            }
            for (PDFormXObject chart : charts) {
                assertEmbedded(chart.getResources());
            }
        }
    }

    @Test
    void theChartOfMonthsIsDrawnWithEachMonthsFigureAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        YearlyReportPdf.write(new YearlyReport(2023, "Cẩm Mỹ", Instant.EPOCH, List.of(months())), out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Số tin, bài đăng mỗi tháng"), text);
            String afterTable = text.substring(text.indexOf("Số tin, bài đăng mỗi tháng"));
            assertTrue(afterTable.contains("13") && afterTable.contains("Tháng 12"), afterTable);
        }
    }

    @Test
    void aChartWritesLargeFiguresGroupedAsTheTablesDo() throws Exception {
        ReportSection visits = new ReportSection("visits", "Lượt truy cập", "Lượt xem theo chuyên mục.", List.of(), "Chuyên mục",
                List.of("Lượt xem"), List.of(ReportRow.of("Du lịch", 1234567), ReportRow.of("Văn hóa - Thể thao", 98765)),
                null, new ReportChart(ReportChart.Shape.BARS, "Lượt xem theo chuyên mục", 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        YearlyReportPdf.write(new YearlyReport(2023, "Cẩm Mỹ", Instant.EPOCH, List.of(visits)), out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertFalse(text.contains("1234567") || text.contains("98765"), text);
            assertEquals(2, text.split("1\\.234\\.567", -1).length - 1, "the table's figure and the chart's: " + text);
            assertEquals(2, text.split("98\\.765", -1).length - 1, "the table's figure and the chart's: " + text);
        }
    }

    @Test
    void theSpreadsheetHasOneSheetPerSectionWithItsFiguresAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        YearlyReportSpreadsheet.write(REPORT, out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("1. Tin, bài đã đăng theo tháng", "2. Tiếp nhận và trả lời câu hỏi", "3. Tập huấn kỹ năng viết tin"),
                    sheets.stream().map(Sheet::getName).toList());
            List<Row> months = sheets.get(0).read();
            assertEquals("Tin, bài đã đăng theo tháng – năm 2023", rowAt(months, 0).getCellText(0));
            assertEquals(List.of("Tháng", "Tin", "Bài", "Cộng"), texts(rowAt(months, 3)));
            assertEquals(List.of("Tháng 12", "12", "1", "13"), texts(rowAt(months, 15)));
            assertEquals(13.0, rowAt(months, 15).getCellAsNumber(3).orElseThrow().doubleValue());
            assertEquals(List.of("Tổng cộng", "78", "12", "90"), texts(rowAt(months, 16)));
            List<Row> training = sheets.get(2).read();
            assertEquals(List.of("Số lớp", "1"), texts(rowAt(training, 3)));
            assertEquals(List.of("Quỹ nhuận bút của năm", "Chưa đặt quỹ"), texts(rowAt(training, 4)));
            assertEquals(List.of("Lớp tập huấn", "Thời gian", "Học viên", "Có mặt"), texts(rowAt(training, 6)));
            assertEquals(List.of("Tập huấn kỹ năng viết tin, bài cho cộng tác viên năm 2023", "15/06/2023 – 16/06/2023", "3", "2"),
                    texts(rowAt(training, 7)));
        }
    }

    @Test
    void aSheetNameHoldsNoCharacterExcelRefuses() {
        assertEquals("4. Thu-chi - quý I-II", YearlyReportSpreadsheet.sheetName(4, "Thu/chi - quý I:II"));
        assertFalse(YearlyReportSpreadsheet.sheetName(10, "Kết quả giải quyết thủ tục hành chính tại bộ phận một cửa").length() > 31);
        assertEquals("10. Kết quả giải quyết thủ tục", YearlyReportSpreadsheet.sheetName(10, "Kết quả giải quyết thủ tục hành chính tại bộ phận một cửa"));
    }

    private static List<PDFormXObject> charts(PDDocument document) throws Exception {
        List<PDFormXObject> forms = new ArrayList<>();
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            PDResources resources = document.getPage(page).getResources();
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDFormXObject form) {
                    forms.add(form);
                }
            }
        }
        return forms;
    }

    private static void assertEmbedded(PDResources resources) throws Exception {
        for (COSName font : resources.getFontNames()) {
            assertTrue(resources.getFont(font).isEmbedded(), font.getName());
        }
    }

    /** The row of this 0-based index (the reader skips empty rows). */
    private static Row rowAt(List<Row> rows, int index) {
        return rows.stream().filter(row -> row.getRowNum() == index + 1).findFirst().orElseThrow();
    }

    private static List<String> texts(Row row) {
        return IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }
}
