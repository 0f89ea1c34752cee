package vn.ttdt.portal.procedures.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.application.ImportRejected;
import vn.ttdt.portal.procedures.domain.OnlineLevel;

class ProcedureImportCheckTest {

    private static ProcedureBatch.ProcedureRecord record(String code, List<String> channels, String url, String level) {
        return new ProcedureBatch.ProcedureRecord(code, "Thủ tục đăng ký khai sinh", "Hộ tịch", "Cấp xã", "UBND xã",
                "Bước 1", channels, List.of(new ProcedureBatch.Dossier("Tờ khai", 1)), "1 ngày", "Miễn", "Công dân",
                "Giấy khai sinh", List.of(new ProcedureBatch.Basis("60/2014/QH13", "Luật Hộ tịch")), url, level);
    }

    private static List<String> problems(ProcedureBatch.ProcedureRecord... records) {
        return ProcedureImport.check(new ArrayList<>(Arrays.asList(records))).problems().stream()
                .map(p -> p.record() + ":" + p.field()).toList();
    }

    @Test
    void aGoodBatchBecomesDescriptions() {
        ProcedureImport.Checked checked = ProcedureImport.check(List.of(
                record("1.001193", List.of("IN_PERSON", "ONLINE"), "https://dichvucong.dongnai.gov.vn/x", "FULL"),
                record("1.000894", List.of("POST"), null, null)));
        assertEquals(List.of(), checked.problems());
        assertEquals(2, checked.descriptions().size());
        assertEquals(OnlineLevel.FULL, checked.descriptions().get(0).onlineLevel());
    }

    @Test
    void everyBadRecordIsNumbered() {
        assertEquals(List.of("2:channels", "3:onlineLevel", "4:onlineUrl", "5:code", "6:null"), problems(
                record("1.001193", List.of("IN_PERSON"), null, null),
                record("1.000894", List.of("FAX"), null, null),
                record("1.000895", List.of("POST"), "https://a.vn/x", "HALF"),
                record("1.000896", List.of("POST"), "http://a.vn/x", "FULL"),
                record("1.001193", List.of("POST"), null, null),
                null));
    }

    @Test
    void anEmptyBatchIsRefusedAsAWhole() {
        List<ImportRejected.Problem> found = ProcedureImport.check(List.of()).problems();
        assertEquals(1, found.size());
        assertEquals(0, found.get(0).record());
        assertTrue(found.get(0).message().contains("2.000"), found.get(0).message());
    }
}
