package vn.ttdt.portal.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Procedure catalogues and one-stop CSV files a test sends, each with its own codes and months. */
final class ProceduresFixture {

    static final String HEADER = "don_vi,ky,tiep_nhan_moi,ton_ky_truoc,giai_quyet_truoc_han,giai_quyet_dung_han,"
            + "giai_quyet_tre_han,dang_giai_quyet_trong_han,dang_giai_quyet_qua_han,tra_lai_rut\n";

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ProceduresFixture() {
    }

    /** A catalogue in the province's spreadsheet layout: the header row, then one row of values per procedure. */
    static byte[] spreadsheet(List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Cong DVC", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh mục TTHC");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One procedure record of the import's JSON layout; {@code onlineUrl} may be null. */
    static String record(String code, String name, String onlineUrl) {
        return """
                {"code":"%s","name":"%s","field":"Hộ tịch","level":"Cấp xã","body":"UBND xã, thị trấn",
                 "steps":"Bước 1: nộp hồ sơ.\\nBước 2: nhận kết quả.","channels":["IN_PERSON","ONLINE"],
                 "dossier":[{"name":"Tờ khai theo mẫu","copies":1}],"timeLimit":"03 ngày làm việc","fees":"Miễn lệ phí",
                 "applicants":"Công dân Việt Nam","result":"Giấy xác nhận",
                 "legalBases":[{"number":"60/2014/QH13","title":"Luật Hộ tịch"}]%s}"""
                .formatted(code, name, onlineUrl == null ? "" : ",\"onlineUrl\":\"" + onlineUrl + "\",\"onlineLevel\":\"FULL\"");
    }

    static String batch(String... records) {
        return "{\"procedures\":[" + String.join(",", records) + "]}";
    }

    /** A CSV of one month, one line per unit given as "unit,eight counts". */
    static byte[] csv(String period, String... lines) {
        StringBuilder text = new StringBuilder(HEADER);
        for (String line : lines) {
            int comma = line.indexOf(',');
            text.append(line, 0, comma).append(',').append(period).append(line.substring(comma)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
