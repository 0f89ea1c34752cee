package vn.ttdt.portal.questions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Contact;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;

/** A question follows its lifecycle and refuses every other step. */
class QuestionLifecycleTest {

    private static final Instant NOW = Instant.parse("2023-01-13T02:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.of(2023, 2, 3);

    private final Site camMy = new Site("default", "Trang TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");
    private final Unit landOffice = new Unit(camMy, new UnitGroup(camMy, "phong", "Phòng ban", "Phó trưởng BBT", 1),
            "Phòng Tài nguyên và Môi trường", "TNMT", null, NOW);

    private Question asked(Publication publication) {
        return new Question(camMy, "HD-2023-7KQ4M2", new Asker("Nguyễn Văn A", "a@example.org", null, "Xã Sông Ray"),
                QuestionField.LAND, "Cấp giấy chứng nhận", "Thủ tục cấp sổ đỏ lần đầu?", publication, NOW);
    }

    private Question drafted(Publication publication) {
        Question question = asked(publication);
        question.forward(landOffice, DEADLINE, "Đề nghị trả lời đúng hạn", NOW);
        question.draftAnswer("Hồ sơ gồm…", "tnmt.dm", NOW);
        return question;
    }

    @Test
    void aConsentedQuestionGoesFromReceivedToPublished() {
        Question question = drafted(Publication.WITHOUT_NAME);
        question.approve("Hồ sơ gồm đơn đề nghị…", "bbt.duyet");
        question.publish(NOW);

        assertEquals(QuestionState.PUBLISHED, question.getState());
        assertEquals("Hồ sơ gồm đơn đề nghị…", question.getAnswer());
        assertEquals(landOffice, question.getUnit());
        assertNull(question.publicAskerName());
    }

    @Test
    void withoutConsentTheAnswerIsOnlySentPrivately() {
        Question question = drafted(Publication.PRIVATE);
        question.approve("Trả lời", "bbt.duyet");

        QuestionException refused = assertThrows(QuestionException.class, () -> question.publish(NOW));
        question.sendPrivately(NOW);

        assertEquals(QuestionException.NO_CONSENT, refused.messageKey());
        assertEquals(QuestionState.SENT_PRIVATELY, question.getState());
    }

    @Test
    void theNameIsPublicOnlyWhenTheAskerAllowedIt() {
        assertEquals("Nguyễn Văn A", asked(Publication.WITH_NAME).publicAskerName());
        assertNull(asked(Publication.PRIVATE).publicAskerName());
    }

    @Test
    void spamIsKeptWithItsReasonAndGoesNoFurther() {
        Question question = asked(Publication.WITH_NAME);

        assertThrows(QuestionException.class, () -> question.markSpam(" ", NOW));
        question.markSpam("Quảng cáo", NOW);

        assertEquals(QuestionState.SPAM, question.getState());
        assertEquals("Quảng cáo", question.getSpamReason());
        assertRefused(() -> question.forward(landOffice, DEADLINE, null, NOW));
    }

    @Test
    void nothingIsAnsweredApprovedOrPublishedBeforeItsTurn() {
        Question question = asked(Publication.WITH_NAME);

        assertRefused(() -> question.draftAnswer("Trả lời", "tnmt.dm", NOW));
        assertRefused(() -> question.decline("Không thuộc thẩm quyền", "tnmt.dm", NOW));
        assertRefused(() -> question.approve("Trả lời", "bbt.duyet"));
        assertRefused(() -> question.publish(NOW));
        question.forward(landOffice, DEADLINE, null, NOW);
        assertRefused(() -> question.forward(landOffice, DEADLINE, null, NOW));
        assertRefused(() -> question.approve("Trả lời", "bbt.duyet"));
        assertRefused(() -> question.markSpam("Rác", NOW));
        assertEquals(QuestionState.FORWARDED, question.getState());
    }

    @Test
    void aDeclineNeedsAReasonAndEndsTheQuestion() {
        Question question = asked(Publication.WITH_NAME);
        question.forward(landOffice, DEADLINE, null, NOW);

        QuestionException noReason = assertThrows(QuestionException.class, () -> question.decline("", "tnmt.dm", NOW));
        question.decline("Không thuộc thẩm quyền: đề nghị gửi UBND tỉnh", "tnmt.dm", NOW);

        assertEquals(QuestionException.REASON_REQUIRED, noReason.messageKey());
        assertEquals(QuestionState.DECLINED, question.getState());
        assertRefused(() -> question.draftAnswer("Trả lời", "tnmt.dm", NOW));
    }

    @Test
    void theDeadlineIsExtendedOnceWithAReasonToALaterDay() {
        Question question = asked(Publication.WITH_NAME);
        question.forward(landOffice, DEADLINE, null, NOW);

        QuestionException earlier = assertThrows(QuestionException.class, () -> question.extendDeadline(DEADLINE, "Cần xác minh"));
        assertThrows(QuestionException.class, () -> question.extendDeadline(DEADLINE.plusDays(7), null));
        question.extendDeadline(DEADLINE.plusDays(7), "Cần xác minh thực địa");
        QuestionException twice = assertThrows(QuestionException.class, () -> question.extendDeadline(DEADLINE.plusDays(14), "Lần nữa"));

        assertEquals(QuestionException.EXTENSION_NOT_LATER, earlier.messageKey());
        assertEquals(QuestionException.EXTENDED_ALREADY, twice.messageKey());
        assertEquals(DEADLINE.plusDays(7), question.getDeadline());
    }

    private static void assertRefused(Runnable step) {
        QuestionException refused = assertThrows(QuestionException.class, step::run);
        assertEquals(QuestionException.NOT_ALLOWED, refused.messageKey());
    }
}
