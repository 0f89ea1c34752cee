package vn.ttdt.portal.quota.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.quota.application.ComplianceRowView;
import vn.ttdt.portal.quota.application.QuotaDashboard;
import vn.ttdt.portal.quota.domain.TrafficLight;

class QuotaDashboardExportsTest {

    private static final QuotaDashboard DASHBOARD = new QuotaDashboard("Cổng TTĐT huyện Cẩm Mỹ", 2026, 4, "Quý IV/2026",
            Instant.parse("2026-12-06T23:00:00Z"), false, List.of(
                    row(new ComplianceRowView(1, "UBND các xã, thị trấn", "UBND xã Xuân Đường", "EACH_UNIT", 2, 2, 0, true, false, 5,
                            1, 1, 1, 1, 0, null, 0, 2), TrafficLight.MET),
                    row(new ComplianceRowView(2, "UBND các xã, thị trấn", "UBND xã Sông Nhạn", "EACH_UNIT", 2, 1, 1, false, false, 5,
                            1, 1, 1, 0, 0, null, 0, 1), TrafficLight.LAGGING),
                    row(new ComplianceRowView(3, "Khối Đảng, đoàn thể", null, "GROUP_TOGETHER", 3, 3, 0, true, false, 5,
                            null, 0, 3, 3, 0, null, 0, 3), TrafficLight.MET)),
            List.of(new QuotaDashboard.GroupShare("UBND các xã, thị trấn", 2, 1)), List.of("Quý IV/2026"));

    private static QuotaDashboard.Row row(ComplianceRowView figures, TrafficLight light) {
        return new QuotaDashboard.Row(figures, light, List.of());
    }

    @Test
    void theSpreadsheetHoldsATitleAndOneRowPerUnitWithItsStatusInWordsAndItsFiguresAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuotaDashboardSpreadsheet.write(DASHBOARD, out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("THEO DÕI THỰC HIỆN CHỈ TIÊU TIN, BÀI QUÝ IV/2026", rowAt(rows, 0).getCellText(0));
            assertEquals("Kết quả tạm tính, tính lúc 07/12/2026 06:00", rowAt(rows, 1).getCellText(0));
            assertEquals(List.of("UBND các xã, thị trấn", "UBND xã Sông Nhạn", "Chậm tiến độ", "2", "1", "1", "1/1", "0/1"),
                    texts(rowAt(rows, 5)).subList(0, 8));
            assertEquals(List.of("Khối Đảng, đoàn thể", "Cả khối", "Đạt", "3", "3", "0", "", "3/3"), texts(rowAt(rows, 6)).subList(0, 8));
            assertEquals(1.0, rowAt(rows, 5).getCellAsNumber(4).orElseThrow().doubleValue());
            assertEquals("2/3 đơn vị (khối) đạt chỉ tiêu.", rowAt(rows, 8).getCellText(0));
        }
    }

    @Test
    void thePdfCarriesTheVietnameseNamesAsTextInEmbeddedFonts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuotaDashboardPdf.write(DASHBOARD, DASHBOARD.siteName(), out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Cổng TTĐT huyện Cẩm Mỹ") && text.contains("THEO DÕI THỰC HIỆN CHỈ TIÊU TIN, BÀI QUÝ IV/2026"), text);
            assertTrue(text.contains("UBND xã Sông Nhạn") && text.contains("Chậm tiến độ") && text.contains("Cả khối"), text);
            assertTrue(text.contains("Theo dõi chỉ tiêu Quý IV/2026 · trang 1"), text);
            PDResources resources = document.getPage(0).getResources();
            for (COSName font : resources.getFontNames()) {
                assertTrue(resources.getFont(font).isEmbedded(), font.getName());
            }
        }
    }

    /** The row of this 0-based index (the reader skips empty rows). */
    private static Row rowAt(List<Row> rows, int index) {
        return rows.stream().filter(row -> row.getRowNum() == index + 1).findFirst().orElseThrow();
    }

    private static List<String> texts(Row row) {
        return java.util.stream.IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }
}
