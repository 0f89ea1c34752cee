package vn.ttdt.portal.royalty.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.royalty.application.PayeeRow;
import vn.ttdt.portal.royalty.application.PayrollSheet;
import vn.ttdt.portal.royalty.application.WorkRow;

class BankTransferFileTest {

    @Test
    void theFileHasOneQuotedAsciiRowPerPayeeWithABankAccount() {
        String expected = "account,bank,name,amount,content\r\n"
                + "0071000123456,Vietcombank CN Dong Nai,NGUYEN VAN AN,1634400,NHUAN BUT THANG 09/2023 CONG TTDT CAM MY\r\n"
                + "123456789012,BIDV Dong Nai,VO THANH HUONG,1944000,NHUAN BUT THANG 09/2023 CONG TTDT CAM MY\r\n"
                + "100000123456,Agribank Cam My,\"NHOM TAC GIA \"\"DONG NAI XANH\"\", CAM MY\",4050000,"
                + "NHUAN BUT THANG 09/2023 CONG TTDT CAM MY\r\n";

        assertEquals(expected, BankTransferFile.text(SamplePayrolls.september(), SamplePayrolls.SITE_SHORT_NAME));
    }

    @Test
    void textThatASpreadsheetWouldReadAsAFormulaStartsWithAnApostropheAndAmountsStayNumbers() {
        PayrollSheet sheet = new PayrollSheet("Cổng TTĐT", "UBND", YearMonth.of(2023, 9), "Bản nháp", List.of(
                payee(1, "=HYPERLINK(\"http://lua.example\",\"Bấm\")", "Vietcombank"),
                payee(2, "+84 Nguyễn Văn An", "=cmd|' /C calc'!A0"),
                payee(3, "-2+3", "@SUM(A1:A9)"),
                payee(4, "\t=1+1", "\rBIDV"),
                payee(5, "Trần Thị Bình - Xuân Đường", "Agribank")), 0, 0, 0, null, null, null, null);
        String content = ",500000,NHUAN BUT THANG 09/2023 CONG TTDT\r\n";

        assertEquals("account,bank,name,amount,content\r\n"
                + "0071000000001,Vietcombank,\"'=HYPERLINK(\"\"HTTP://LUA.EXAMPLE\"\",\"\"BAM\"\")\"" + content
                + "0071000000002,'=cmd|' /C calc'!A0,'+84 NGUYEN VAN AN" + content
                + "0071000000003,'@SUM(A1:A9),'-2+3" + content
                + "0071000000004,BIDV,'=1+1" + content
                + "0071000000005,Agribank,TRAN THI BINH - XUAN DUONG" + content,
                BankTransferFile.text(sheet, "Cổng TTĐT"));
    }

    @Test
    void payeesWithAnAmountButNoAccountAreListedAsLeftOut() {
        List<PayeeRow> leftOut = BankTransferFile.leftOut(SamplePayrolls.september());

        assertEquals(List.of("Đặng Quốc Khánh"), leftOut.stream().map(PayeeRow::name).toList());
    }

    @Test
    void aPayeeWithNothingToReceiveIsNeitherPaidNorLeftOut() {
        PayeeRow nothing = new PayeeRow(1, "Lê Minh Châu", null, "0071000999999", "Vietcombank",
                List.of(new WorkRow("Tin đã trả kỳ trước", "Tin · 100%", BigDecimal.ONE, 0)), 0, 0, 0);
        PayeeRow noAccount = new PayeeRow(2, "Hoàng Thị Hà", null, "  ", "Vietcombank", List.of(), 0, 0, 0);
        PayrollSheet sheet = new PayrollSheet("Cổng TTĐT", "UBND", YearMonth.of(2023, 9), "Bản nháp",
                List.of(nothing, noAccount), 0, 0, 0, null, null, null, null);

        assertEquals("account,bank,name,amount,content\r\n", BankTransferFile.text(sheet, "Cổng TTĐT"));
        assertEquals(List.of(), BankTransferFile.leftOut(sheet));
    }

    @Test
    void theContentFallsBackOnTheSiteNameAndIsCutAt140Characters() {
        PayrollSheet sheet = new PayrollSheet("Cổng thông tin điện tử " + "xã Xuân Đường ".repeat(12), "UBND",
                YearMonth.of(2026, 7), "Bản nháp", List.of(), 0, 0, 0, null, null, null, null);

        String content = BankTransferFile.content(sheet, null);

        assertEquals(140, content.length(), content);
        assertTrue(content.endsWith(" XA XUAN D"), content);
        assertTrue(content.startsWith("NHUAN BUT THANG 07/2026 CONG THONG TIN DIEN TU XA XUAN DUONG XA XUAN DUONG"),
                content);
        assertTrue(content.chars().allMatch(c -> c >= 0x20 && c < 0x7F), content);
    }

    private static PayeeRow payee(int number, String name, String bank) {
        return new PayeeRow(number, name, null, "007100000000" + number, bank,
                List.of(new WorkRow("Tin", "Tin · 100%", BigDecimal.ONE, 500_000)), 500_000, 0, 500_000);
    }

    @Test
    void theFileIsWrittenAsUtf8WithoutAByteOrderMark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BankTransferFile.write(SamplePayrolls.september(), SamplePayrolls.SITE_SHORT_NAME, out);

        assertArrayEquals(BankTransferFile.text(SamplePayrolls.september(), SamplePayrolls.SITE_SHORT_NAME)
                .getBytes(StandardCharsets.UTF_8), out.toByteArray());
        assertEquals('a', out.toByteArray()[0]);
    }
}
