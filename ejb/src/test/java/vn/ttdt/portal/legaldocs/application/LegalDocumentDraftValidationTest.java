package vn.ttdt.portal.legaldocs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ttdt.portal.shared.application.VietnameseValidation.messages;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegalDocumentDraftValidationTest {

    @Test
    void anEmptyFormNamesEveryMissingFieldInVietnamese() {
        Map<String, String> messages = messages(new LegalDocumentDraft(null, null, null, " ", "", null, null, null, null,
                null, null, null, null, null, null));

        assertEquals(Map.of(
                "typeId", "Vui lòng chọn loại văn bản.",
                "levelId", "Vui lòng chọn cấp ban hành.",
                "number", "Vui lòng nhập số ký hiệu văn bản, ví dụ 42/2022/NĐ-CP.",
                "issuer", "Vui lòng nhập cơ quan ban hành.",
                "signer", "Vui lòng nhập người ký.",
                "issuedOn", "Vui lòng nhập ngày ban hành.",
                "effectiveOn", "Vui lòng nhập ngày có hiệu lực.",
                "summary", "Vui lòng nhập trích yếu văn bản."), messages);
    }

    @Test
    void tooLongTextsSayTheirLimit() {
        LocalDate day = LocalDate.of(2022, 6, 24);
        Map<String, String> messages = messages(new LegalDocumentDraft(1L, null, 1L, "4".repeat(61), "Chính phủ", "Phạm Minh Chính",
                day, day, null, "x".repeat(2001), null, null, null, null, null));

        assertEquals(Map.of("number", "Số ký hiệu dài tối đa 60 ký tự.", "summary", "Trích yếu dài tối đa 2000 ký tự."), messages);
    }

    @Test
    void aPostingRequestsNoteHasALimit() {
        assertEquals(Map.of("note", "Ghi chú dài tối đa 2000 ký tự."),
                messages(new PostingRequestDraft(null, "1/KH-UBND", null, null, null, null, null, "x".repeat(2001))));
    }
}
