package vn.ttdt.portal.procedures.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

class ProcedureTest {

    private static final Instant NOW = Instant.parse("2023-03-01T02:00:00Z");

    static ProcedureDescription birthRegistration(String url, OnlineLevel level) {
        return new ProcedureDescription("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", "Cấp xã", "UBND xã",
                "Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.", Set.of(SubmissionChannel.IN_PERSON, SubmissionChannel.ONLINE),
                List.of(new ProcedureDescription.Dossier("Tờ khai đăng ký khai sinh", 1),
                        new ProcedureDescription.Dossier("Giấy chứng sinh", 1)),
                "Ngay trong ngày", "Miễn lệ phí", "Công dân Việt Nam", "Giấy khai sinh",
                List.of(new ProcedureDescription.Basis("60/2014/QH13", "Luật Hộ tịch")), url, level);
    }

    private static List<String> fields(ProcedureDescription d) {
        return d.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteDescriptionBreaksNoRule() {
        assertEquals(List.of(), birthRegistration("https://dichvucong.dongnai.gov.vn/thu-tuc/1.001193", OnlineLevel.FULL).violations());
        assertEquals(List.of(), birthRegistration(null, null).violations());
    }

    @Test
    void theProvinceLinkMustBeAnHttpsAddress() {
        assertEquals(List.of("onlineUrl"), fields(birthRegistration("http://dichvucong.dongnai.gov.vn/x", OnlineLevel.FULL)));
        assertEquals(List.of("onlineUrl"), fields(birthRegistration("javascript:alert(1)", OnlineLevel.FULL)));
        assertEquals(List.of("onlineUrl"), fields(birthRegistration("https://user@evil.example/x", OnlineLevel.FULL)));
        assertEquals(List.of("onlineUrl"), fields(birthRegistration("https:///nohost", OnlineLevel.FULL)));
        assertFalse(PublicServiceLink.isValid("https://a.vn/" + "x".repeat(500)));
        assertTrue(PublicServiceLink.isValid("https://dichvucong.dongnai.gov.vn/dvc/t/ma?ma=1.001193"));
    }

    @Test
    void theOnlineLevelGoesWithTheLink() {
        assertEquals(List.of("onlineLevel"), fields(birthRegistration("https://dichvucong.dongnai.gov.vn/x", null)));
        assertEquals(List.of("onlineLevel"), fields(birthRegistration(null, OnlineLevel.PARTIAL)));
    }

    @Test
    void requiredTextsCodeChannelsAndDossierAreChecked() {
        ProcedureDescription bad = new ProcedureDescription("mã có dấu", " ", "Hộ tịch", "Cấp xã", "UBND xã", "x", Set.of(),
                List.of(new ProcedureDescription.Dossier("Tờ khai", 0)), "1 ngày", "0", "Công dân", "Giấy khai sinh",
                List.of(new ProcedureDescription.Basis("", "Luật Hộ tịch")), null, null);
        assertEquals(List.of("code", "name", "channels", "dossier", "legalBases"), fields(bad));
    }

    @Test
    void aProcedureKeepsItsDescriptionAndFoldsItsSearchText() {
        Procedure p = new Procedure(null, birthRegistration("https://dichvucong.dongnai.gov.vn/x", OnlineLevel.PARTIAL), "bientap.demo", NOW);
        assertTrue(p.getSearchText().startsWith("w_1 w_001193 w_thu w_tuc w_dang w_ky w_khai w_sinh "), p.getSearchText());
        assertEquals(2, p.getDossier().size());
        assertEquals("60/2014/QH13", p.getLegalBases().get(0).getNumber());
        assertEquals(OnlineLevel.PARTIAL, p.getOnlineLevel());
        assertEquals(birthRegistration("https://dichvucong.dongnai.gov.vn/x", OnlineLevel.PARTIAL), p.description());
        assertTrue(p.isActive());
    }

    @Test
    void aBadDescriptionChangesNothing() {
        Procedure p = new Procedure(null, birthRegistration(null, null), "bientap.demo", NOW);
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> p.describe(birthRegistration("ftp://x.vn", OnlineLevel.FULL), "bientap.demo", NOW));
        assertEquals("procedure.onlineUrl.invalid", e.messageKey());
        assertNull(p.getOnlineUrl());
    }

    @Test
    void theFilterKeepsOnlyTheFiltersGiven() {
        assertNull(ProcedureFilter.published("x", " ", null, null).field());
    }
}
