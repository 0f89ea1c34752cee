package vn.ttdt.portal.legaldocs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Contact;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

class PostingRequestTest {

    private static final Instant RECEIVED = Instant.parse("2023-06-29T03:00:00Z");
    private static final Unit COMMUNE = new Unit(LegalDocumentTest.SITE, null, "UBND xã Xuân Đường", "Xã Xuân Đường",
            new Contact(null, null, null, null), RECEIVED);

    private static PostingRequest request() {
        return new PostingRequest(COMMUNE, "daumoi.demo", RECEIVED,
                new RequestedDocument("15/KH-UBND", "Kế hoạch", "UBND xã Xuân Đường", LocalDate.of(2023, 6, 28),
                        "Kế hoạch chuyển đổi số năm 2023"), null, null);
    }

    @Test
    void aRequestNamesItsDocumentOrAttachesItsFile() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> new PostingRequest(COMMUNE,
                "daumoi.demo", RECEIVED, new RequestedDocument(" ", null, "UBND xã", null, ""), null, "xin đăng"));

        assertEquals("postingRequest.empty", refused.messageKey());
    }

    @Test
    void postedKeepsTheDocumentAndTheInstant() {
        PostingRequest request = request();
        LocalDate day = LocalDate.of(2023, 6, 28);
        LegalDocument document = LegalDocumentTest.document("15/KH-UBND", day, day, null, day);
        Instant posted = Instant.parse("2023-06-30T10:00:00Z");

        request.post(document, "pheduyet.demo", posted);

        assertEquals(PostingState.POSTED, request.getState());
        assertEquals(document, request.getDocument());
        assertEquals(posted, request.getPostedAt());
        assertTrue(request.postedBefore(new Quarter(2023, 2).end()), "30/6 17:00 Vietnam time is within quarter II");
    }

    @Test
    void postedAfterTheQuartersLastDayIsLate() {
        PostingRequest request = request();
        LocalDate day = LocalDate.of(2023, 6, 28);
        request.post(LegalDocumentTest.document("16/KH-UBND", day, day, null, day), "pheduyet.demo",
                Instant.parse("2023-06-30T17:00:00Z"));

        assertFalse(request.postedBefore(new Quarter(2023, 2).end()), "1/7 00:00 Vietnam time is quarter III");
    }

    @Test
    void aDeclineNeedsAReasonAndADecidedRequestIsNotDecidedAgain() {
        PostingRequest request = request();
        assertEquals("postingRequest.reasonRequired", assertThrows(BusinessRuleException.class,
                () -> request.decline(" ", "pheduyet.demo", RECEIVED)).messageKey());

        request.decline("Văn bản mật, không đăng công khai", "pheduyet.demo", RECEIVED);

        assertEquals(PostingState.DECLINED, request.getState());
        assertEquals(RECEIVED, request.getDeclinedAt());
        assertEquals("postingRequest.decided", assertThrows(BusinessRuleException.class,
                () -> request.decline("lần nữa", "pheduyet.demo", RECEIVED)).messageKey());
    }

    @Test
    void quartersAreVietnameseTime() {
        Quarter second = Quarter.of(Instant.parse("2023-06-30T16:59:59Z"));
        assertEquals(new Quarter(2023, 2), second);
        assertEquals(new Quarter(2023, 3), Quarter.of(Instant.parse("2023-06-30T17:00:00Z")));
        assertEquals(LocalDate.of(2023, 6, 30), second.lastDay());
        assertEquals(Instant.parse("2023-03-31T17:00:00Z"), second.start());
    }

    @Test
    void theShareIsMetWhenEveryReceivedRequestWasPosted() {
        Quarter q = new Quarter(2023, 2);
        assertEquals(50, new PostingShare(q, 2, 1).percent());
        assertFalse(new PostingShare(q, 2, 1).met());
        assertTrue(new PostingShare(q, 0, 0).met());
        assertEquals(100, new PostingShare(q, 0, 0).percent());
    }
}
