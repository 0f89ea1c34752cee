package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.demo.DemoYearFigures;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The yearly operations report of the demo year (2023) checked against what the demo data defines, through the
 * spreadsheet download (one sheet per section): the one-stop results of every unit (summed from {@code DemoOneStop}'s
 * months), the legal documents entered that year, the posting requests of the demo units, the training course, the
 * royalty fund and the quarters no job computed. Other test classes write items, questions and quota results of 2023
 * or of now; the figures asserted here are ones no other class changes.
 */
class YearlyReportIT extends ChromiumTest {

    private static final int YEAR = DemoYearFigures.YEAR;
    private static final List<String> SECTIONS = List.of("itemsByCategory", "itemsByUnit", "itemsByMonth", "quota", "legalDocuments",
            "postingRequests", "procedures", "oneStop", "questions", "royalty", "advertising", "training", "visitors");

    private static List<Map<String, List<String>>> sheets;

    @BeforeAll
    static void downloadTheSpreadsheet() throws Exception {
        HttpResponse<byte[]> xlsx = Portal.as(Role.APPROVER).getBytes("/admin/api/v1/reports/yearly.xlsx?year=" + YEAR);
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats"));
        sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                Map<String, List<String>> byLabel = new LinkedHashMap<>();
                for (Row row : sheet.read()) {
                    List<String> cells = IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
                    if (!cells.isEmpty()) {
                        byLabel.put(cells.get(0), cells.subList(1, cells.size()));
                    }
                }
                sheets.add(byLabel);
            }
        }
    }

    private static Map<String, List<String>> sheet(String key) {
        assertEquals(SECTIONS.size(), sheets.size(), "one sheet per section");
        return sheets.get(SECTIONS.indexOf(key));
    }

    @Test
    void theJsonListsTheSectionsInTheReportsOrder() {
        HttpResponse<String> json = Portal.as(Role.IT_ADMIN).get("/admin/api/v1/reports/yearly?year=" + YEAR);

        assertEquals(200, json.statusCode());
        Matcher keys = Pattern.compile("\"key\":\"([A-Za-z]+)\"").matcher(json.body());
        List<String> found = new ArrayList<>();
        while (keys.find()) {
            found.add(keys.group(1));
        }
        assertEquals(SECTIONS, found);
        assertEquals(String.valueOf(YEAR), Json.field(json.body(), "year"));
    }

    @Test
    void everyUnitsOneStopYearIsTheSumOfItsDemoMonths() {
        Map<String, List<String>> oneStop = sheet("oneStop");
        Map<String, List<Long>> expected = DemoYearFigures.oneStopByUnit();
        long[] total = new long[6];
        expected.forEach((unit, figures) -> {
            assertEquals(figures.stream().map(String::valueOf).toList(), oneStop.get(unit).subList(0, 6), unit);
            IntStream.range(0, 6).forEach(i -> total[i] += figures.get(i));
        });
        assertEquals(18, expected.size());
        assertEquals(java.util.Arrays.stream(total).mapToObj(String::valueOf).toList(), oneStop.get("Tổng cộng").subList(0, 6));
    }

    @Test
    void theLegalDocumentsEnteredInTheYearAndTheDemoUnitsPostingRequestsAreCounted() {
        assertEquals(List.of(String.valueOf(DemoYearFigures.legalDocumentsEnteredIn(YEAR))),
                sheet("legalDocuments").get("Văn bản đăng trong năm"));
        Map<String, List<String>> requests = sheet("postingRequests");
        assertEquals(List.of("2", "1", "0", "1"), requests.get(DemoYearFigures.unitName("Xã Xuân Đường")));
        assertEquals(List.of("1", "1", "0", "0"), requests.get(DemoYearFigures.unitName("VP")));
        assertEquals(List.of("1", "0", "1", "0"), requests.get(DemoYearFigures.unitName("Xã Sông Ray")));
        assertEquals(List.of("1", "0", "0", "1"), requests.get(DemoYearFigures.unitName("PTP")));
    }

    @Test
    void theTrainingCourseTheRoyaltyFundAndTheQuartersNeverComputed() {
        Map<String, List<String>> training = sheet("training");
        assertEquals(List.of("15/06/2023 – 16/06/2023", "3", "2"), training.get("Tập huấn kỹ năng viết tin, bài cho cộng tác viên năm 2023"));
        assertEquals(List.of("1"), training.get("Số lớp"));
        Map<String, List<String>> royalty = sheet("royalty");
        assertEquals(List.of("120000000"), royalty.get("Quỹ nhuận bút của năm"));
        long used = Long.parseLong(royalty.get("Đã dùng").get(0));
        assertEquals(List.of(String.valueOf(120_000_000L - used)), royalty.get("Còn lại"));
        Map<String, List<String>> quota = sheet("quota");
        assertEquals(List.of("Chưa tính"), quota.get("Quý III"));
        assertEquals(List.of("Chưa tính"), quota.get("Quý IV"));
    }

    @Test
    void thePdfCarriesTheSameFiguresInVietnameseText() throws Exception {
        HttpResponse<byte[]> pdf = Portal.as(Role.IT_ADMIN).getBytes("/admin/api/v1/reports/yearly.pdf?year=" + YEAR);

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        Optional<Path> kept = Browser.screenshots();
        if (kept.isPresent()) {
            Files.write(kept.get().resolve("yearly-report-" + YEAR + ".pdf"), pdf.body());
        }
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("BÁO CÁO TÌNH HÌNH HOẠT ĐỘNG NĂM 2023"), text);
            assertTrue(text.contains("Tập huấn kỹ năng viết tin, bài cho cộng tác viên năm 2023"), text);
            assertTrue(text.contains("Quỹ nhuận bút của năm: 120.000.000"), text);
            assertTrue(text.contains(DemoYearFigures.unitName("Xã Xuân Đường")), text);
        }
    }

    @Test
    void aYearOutsideTheRangeIsRefusedInVietnamese() {
        HttpResponse<String> refused = Portal.as(Role.APPROVER).get("/admin/api/v1/reports/yearly?year=1999");

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Năm báo cáo phải từ 2000 đến 2100."), refused.body());
        assertEquals(400, Portal.as(Role.APPROVER).get("/admin/api/v1/reports/yearly.pdf?year=hai-nghin").statusCode());
    }

    @Test
    void theBoardChoosesTheYearOnScreenAndSeesTablesChartsAndDownloads() {
        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(Role.APPROVER), DemoAccount.PASSWORD);
        browser().open("/admin/reports/yearly.xhtml");
        browser().choose("report-form:year", String.valueOf(YEAR));
        browser().click(By.id("report-form:show"));
        browser().awaitAjax();
        String training = browser().textOf(By.id("table-training"));
        assertTrue(training.contains("Tập huấn kỹ năng viết tin, bài cho cộng tác viên năm 2023"), training);
        assertTrue(browser().find(By.cssSelector("#figure-oneStop svg.chart[role='img']")).isDisplayed());
        assertTrue(browser().find(By.id("export-pdf")).getAttribute("href").endsWith("/admin/api/v1/reports/yearly.pdf?year=" + YEAR));
        assertTrue(browser().textOf(By.id("facts-quota")).contains("Chưa tính"));
        browser().screenshot("yearly-report-" + YEAR);
    }

    @Test
    void theVisitorFiguresListEveryMonthOfTheYearAndTheirTotal() {
        Map<String, List<String>> visitors = sheet("visitors");
        for (int month = 1; month <= 12; month++) {
            assertTrue(visitors.containsKey("Tháng " + month), "month " + month + " in " + visitors.keySet());
        }
        assertTrue(visitors.containsKey("Tổng cộng"), visitors.keySet().toString());
    }
}
