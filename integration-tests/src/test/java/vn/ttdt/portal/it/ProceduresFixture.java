package vn.ttdt.portal.it;

import java.nio.charset.StandardCharsets;

/** Procedure catalogues and one-stop CSV files a test sends, each with its own codes and months. */
final class ProceduresFixture {

    static final String HEADER = "don_vi,ky,tiep_nhan_moi,ton_ky_truoc,giai_quyet_truoc_han,giai_quyet_dung_han,"
            + "giai_quyet_tre_han,dang_giai_quyet_trong_han,dang_giai_quyet_qua_han,tra_lai_rut\n";

    private ProceduresFixture() {
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
