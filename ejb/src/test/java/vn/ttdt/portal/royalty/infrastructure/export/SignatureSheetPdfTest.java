package vn.ttdt.portal.royalty.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.royalty.application.PayeeRow;
import vn.ttdt.portal.royalty.application.PayrollSheet;
import vn.ttdt.portal.royalty.application.WorkRow;

class SignatureSheetPdfTest {

    private static final String HEADER = "STT Họ và tên Tác phẩm Hệ số Số tiền Thuế TNCN khấu trừ Thực nhận Ký nhận";

    @Test
    void theSheetHoldsTheVietnameseNamesAsText() throws IOException {
        String text = text(pdf(SamplePayrolls.september(), null));

        assertContainsAll(text, "Nguyễn Văn An", "Võ Thanh Hương", "Đặng Quốc Khánh", SamplePayrolls.GROUP_NAME,
                "MST: 8012345678", "Khai mạc Giải bóng đá thanh niên huyện Cẩm Mỹ", "Bài · 34%", "Thù lao: Thư ký",
                "Mùa lúa chín ở Xuân Đường");
    }

    @Test
    void theSheetHasTheHeadingAndTheColumnsFinanceExpects() throws IOException {
        String text = text(pdf(SamplePayrolls.september(), null));

        assertContainsAll(text, "ỦY BAN NHÂN DÂN HUYỆN CẨM MỸ", "Cổng thông tin điện tử huyện Cẩm Mỹ",
                "BẢNG KÊ CHI TRẢ NHUẬN BÚT, THÙ LAO", "Tháng 09/2023", "Trạng thái: Đã duyệt",
                "STT", "Họ và tên", "Tác phẩm", "Hệ số", "Số tiền", "Thuế TNCN khấu trừ", "Thực nhận", "Ký nhận");
    }

    @Test
    void amountsAreWrittenTheVietnameseWayWithPayeeAndGrandTotals() throws IOException {
        String text = text(pdf(SamplePayrolls.september(), null));

        assertContainsAll(text, "900.000", "734.400", "1.634.400", "216.000", "1.944.000", "540.000", "4.500.000",
                "450.000", "4.050.000", "Tổng cộng 8.834.400 666.000 8.168.400");
        assertEquals(2, count(text, "Cộng "), "a Cộng row for each payee with two lines");
    }

    @Test
    void theTotalsAreAlsoInWords() throws IOException {
        String text = text(pdf(SamplePayrolls.september(), null));

        assertContainsAll(text, "Tổng số tiền bằng chữ: Tám triệu một trăm sáu mươi tám nghìn bốn trăm đồng",
                "Tổng nhuận bút, thù lao trước thuế: 8.834.400 đồng (bằng chữ: Tám triệu tám trăm ba mươi bốn nghìn "
                        + "bốn trăm đồng); thuế TNCN khấu trừ: 666.000 đồng.");
    }

    @Test
    void theDateAndTheThreeSignatoriesCloseTheSheet() throws IOException {
        String text = text(pdf(SamplePayrolls.september(), null));

        assertContainsAll(text, "Ngày 05 tháng 10 năm 2023", "Người lập biểu", "Kế toán trưởng", "Thủ trưởng đơn vị",
                "(Ký, ghi rõ họ tên)", "(Ký, họ tên, đóng dấu)", "Lý Thị Mai", "Phạm Quốc Dũng");
        assertFalse(text.contains(", ngày"), text);
    }

    @Test
    void aPlaceGivenPrecedesTheDate() throws IOException {
        assertContainsAll(text(pdf(SamplePayrolls.september(), "Cẩm Mỹ")), "Cẩm Mỹ, ngày 05 tháng 10 năm 2023");
    }

    @Test
    void anUndatedSheetLeavesTheDateToBeFilledIn() throws IOException {
        assertContainsAll(text(pdf(SamplePayrolls.many(2), null)), "Ngày ...... tháng ...... năm ..........");
    }

    @Test
    void everyFontIsAnEmbeddedDejaVuTrueTypeSubset() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(SamplePayrolls.september(), null))) {
            List<String> names = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    names.add(font.getName());
                    assertTrue(font instanceof PDType0Font, font.getName() + " is a composite (Identity-H) font");
                    assertNotNull(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2(),
                            font.getName() + " has its TrueType program embedded (FontFile2)");
                }
            }
            assertTrue(names.size() >= 3, names.toString());
            assertTrue(names.stream().allMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans.*")), names.toString());
        }
    }

    @Test
    void aLongSheetSpansPagesWithTheColumnHeaderOnEachPageAndNoPayeeSplit() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(SamplePayrolls.many(200), null))) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 5, "pages: " + pages);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pages; page++) {
                String text = text(document, page, page);
                assertContainsAll(text, "Bảng kê chi trả nhuận bút, thù lao tháng 09/2023 · trang " + page);
                if (text.contains("Người nhận số")) {
                    assertEquals(1, count(text, HEADER), "the column header once on page " + page);
                    assertTrue(Pattern.compile(HEADER + " (\\d+) Người nhận số 0*\\1 ").matcher(text).find(),
                            "page " + page + " starts with a payee's first row, not the rest of a block: " + text);
                }
                all.append(text);
            }
            String text = all.toString();
            assertEquals(200, count(text, "Người nhận số \\d{3} Trần Thị Ánh"));
            assertEquals(1, count(text, "Tổng cộng"));
            assertContainsAll(text(document, pages - 1, pages), "Người nhận số 200 Trần Thị Ánh", "Tổng cộng");
            assertContainsAll(text(document, pages, pages), "Tổng số tiền bằng chữ", "Người lập biểu");
        }
    }

    @Test
    void aPayeeWithMoreWorksThanAPageHoldsIsSplitWithoutLosingALine() throws IOException {
        PayrollSheet one = SamplePayrolls.many(1);
        PayeeRow prolific = one.payees().get(0);
        List<WorkRow> works = new ArrayList<>();
        for (int w = 1; w <= 60; w++) {
            works.add(new WorkRow("Tin thứ " + w + " trong tháng", "Tin · 100%", BigDecimal.ONE, 180_000));
        }
        PayeeRow row = new PayeeRow(1, prolific.name(), prolific.taxCode(), prolific.bankAccountNumber(),
                prolific.bankName(), works, 10_800_000, 1_080_000, 9_720_000);
        PayrollSheet sheet = new PayrollSheet(one.siteName(), one.ownerName(), one.month(), one.statusLabel(),
                List.of(row), 10_800_000, 1_080_000, 9_720_000, null, null, null, null);

        try (PDDocument document = Loader.loadPDF(pdf(sheet, null))) {
            String text = text(document, 1, document.getNumberOfPages());
            assertTrue(document.getNumberOfPages() >= 3, text);
            assertEquals(60, count(text, "Tin thứ \\d+ trong tháng"));
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String onPage = text(document, page, page);
                if (onPage.contains("Tin thứ")) {
                    assertEquals(1, count(onPage, HEADER), "the header on page " + page + ": " + onPage);
                }
            }
            assertContainsAll(text, "Cộng 10.800.000 1.080.000 9.720.000", "Tổng cộng 10.800.000 1.080.000 9.720.000");
        }
    }

    static byte[] pdf(PayrollSheet sheet, String place) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignatureSheetPdf.write(sheet, place, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document, 1, document.getNumberOfPages());
        }
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    private static void assertContainsAll(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), () -> "missing «" + e + "» in: " + text);
        }
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
