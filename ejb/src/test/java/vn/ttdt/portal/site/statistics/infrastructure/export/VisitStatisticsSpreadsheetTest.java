package vn.ttdt.portal.site.statistics.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.site.statistics.application.VisitReport;
import vn.ttdt.portal.site.statistics.domain.CategoryVisits;
import vn.ttdt.portal.site.statistics.domain.DayVisits;
import vn.ttdt.portal.site.statistics.domain.PageKind;
import vn.ttdt.portal.site.statistics.domain.PageVisits;
import vn.ttdt.portal.site.statistics.domain.ReferrerVisits;

class VisitStatisticsSpreadsheetTest {

    @Test
    void theDaysWithTheirTotalThenThePagesCategoriesAndReferrers() throws Exception {
        LocalDate first = LocalDate.of(2026, 11, 1);
        VisitReport report = new VisitReport(first, first.plusDays(1),
                List.of(new DayVisits(first, 120, 45), new DayVisits(first.plusDays(1), 30, 12)), 150, 57,
                List.of(new PageVisits(PageKind.ITEM, "tin-a", "Xã Xuân Đường đẩy mạnh cải cách", "Cải cách hành chính", 80),
                        new PageVisits(PageKind.HOME, "/", "Trang chủ", null, 70)),
                List.of(new CategoryVisits("Cải cách hành chính", 80)), List.of(new ReferrerVisits("google.com", 9)));

        List<List<String>> rows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(VisitStatisticsSpreadsheet.of(report)))) {
            assertEquals("Thống kê truy cập", workbook.getFirstSheet().getName());
            rows = workbook.getFirstSheet().read().stream()
                    .map(row -> IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList()).toList();
        }
        assertEquals("Thống kê truy cập từ 01/11/2026 đến 02/11/2026", rows.get(0).get(0));
        assertEquals(List.of("Ngày", "Lượt xem", "Người truy cập"), rows.get(1));
        assertEquals(List.of("120", "45"), rows.get(2).subList(1, 3));
        assertEquals(List.of("Tổng cộng", "150", "57"), rows.get(4));
        assertEquals(List.of("Xã Xuân Đường đẩy mạnh cải cách", "80", "Tin, bài", "Cải cách hành chính"), row(rows, "Xã Xuân Đường đẩy mạnh cải cách"));
        assertEquals(List.of("Trang chủ", "70", "Trang chủ"), row(rows, "Trang chủ").subList(0, 3));
        assertEquals(List.of("Cải cách hành chính", "80"), rows.stream().filter(r -> r.size() == 2 && r.get(0).equals("Cải cách hành chính"))
                .findFirst().orElseThrow());
        assertEquals(List.of("google.com", "9"), row(rows, "google.com"));
    }

    private static List<String> row(List<List<String>> rows, String first) {
        return rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals(first)).findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
    }
}
