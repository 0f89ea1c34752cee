package vn.ttdt.portal.procedures.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.application.ImportRejected;

class ProcedureSpreadsheetTest {

    private static final List<String> HEADERS = List.of("STT", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện",
            "Cơ quan thực hiện", "Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết",
            "Phí, lệ phí", "Đối tượng thực hiện", "Kết quả thực hiện", "Căn cứ pháp lý", "Địa chỉ Cổng dịch vụ công",
            "Mức độ trực tuyến", "Ghi chú");

    /** A spreadsheet of the header row and these rows, each a value per header in order. */
    static byte[] sheet(List<String> headers, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Cong DVC", "1.0");
        Worksheet sheet = workbook.newWorksheet("Danh mục TTHC");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r + 2, c, rows.get(r).get(c));
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    static List<String> birthRegistration(String code, String channels) {
        return List.of("1", code, "Đăng ký khai sinh", "Hộ tịch", "Cấp xã", "UBND xã", "Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.",
                channels, "Tờ khai đăng ký khai sinh | 1\nGiấy chứng sinh", "Ngay trong ngày", "Miễn lệ phí", "Công dân Việt Nam",
                "Giấy khai sinh", "60/2014/QH13 | Luật Hộ tịch", "https://dichvucong.dongnai.gov.vn/tthc?ma=" + code, "Một phần", "");
    }

    @Test
    void eachFilledRowUnderTheHeaderIsAProcedureWithItsLinesSplit() throws IOException {
        ProcedureBatch batch = ProcedureSpreadsheet.read(sheet(HEADERS, List.of(
                birthRegistration("1.001193", "Trực tiếp\nQua bưu chính; trực tuyến"), List.of(), birthRegistration("1.004884", "Truc tiep"))));

        assertEquals(2, batch.procedures().size());
        ProcedureBatch.ProcedureRecord first = batch.procedures().get(0);
        assertEquals("1.001193", first.code());
        assertEquals(List.of("IN_PERSON", "POST", "ONLINE"), first.channels());
        assertEquals(List.of(new ProcedureBatch.Dossier("Tờ khai đăng ký khai sinh", 1), new ProcedureBatch.Dossier("Giấy chứng sinh", 1)),
                first.dossier());
        assertEquals(List.of(new ProcedureBatch.Basis("60/2014/QH13", "Luật Hộ tịch")), first.legalBases());
        assertEquals("PARTIAL", first.onlineLevel());
        assertEquals("Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.", first.steps());
        assertEquals(List.of("IN_PERSON"), batch.procedures().get(1).channels());
        assertEquals(List.of(), ProcedureImport.check(batch.procedures()).problems());
    }

    @Test
    void headersMayComeInAnyOrderWithoutDiacriticsAndOptionalColumnsMayBeMissing() throws IOException {
        List<String> headers = List.of("ten thu tuc", "MA THU TUC", "linh vuc", "cap thuc hien", "co quan thuc hien",
                "trinh tu thuc hien", "cach thuc thuc hien", "thoi han giai quyet", "phi, le phi", "doi tuong thuc hien",
                "ket qua thuc hien");
        ProcedureBatch batch = ProcedureSpreadsheet.read(sheet(headers, List.of(List.of("Chứng thực bản sao", "2.000815",
                "Chứng thực", "Cấp xã", "UBND xã", "Nộp và nhận", "Trực tiếp", "Trong ngày", "2.000 đồng/trang", "Cá nhân", "Bản sao"))));

        ProcedureBatch.ProcedureRecord record = batch.procedures().get(0);
        assertEquals("2.000815", record.code());
        assertEquals("Chứng thực bản sao", record.name());
        assertEquals(List.of(), record.dossier());
        assertEquals(null, record.onlineUrl());
        assertEquals(List.of(), ProcedureImport.check(batch.procedures()).problems());
    }

    @Test
    void aMissingColumnAndAnUnknownWayToSubmitAreNamed() throws IOException {
        ImportRejected missing = assertThrows(ImportRejected.class,
                () -> ProcedureSpreadsheet.read(sheet(HEADERS.subList(0, 12), List.of())));
        assertEquals(List.of("Kết quả thực hiện"), missing.problems().stream().map(ImportRejected.Problem::field).toList());
        assertTrue(missing.problems().get(0).message().contains("Kết quả thực hiện"));

        ProcedureBatch batch = ProcedureSpreadsheet.read(sheet(HEADERS, List.of(birthRegistration("1.001193", "Fax"))));
        List<ImportRejected.Problem> problems = ProcedureImport.check(batch.procedures()).problems();
        assertEquals(1, problems.size());
        assertEquals("channels", problems.get(0).field());
        assertEquals(1, problems.get(0).record());
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedAsAWhole() {
        for (byte[] bytes : new byte[][] {"{\"procedures\":[]}".getBytes(StandardCharsets.UTF_8), new byte[0],
                {'P', 'K', 3, 4, 0, 0, 0, 0}}) {
            ImportRejected refused = assertThrows(ImportRejected.class, () -> ProcedureSpreadsheet.read(bytes));
            assertEquals(0, refused.problems().get(0).record());
        }
    }
}
