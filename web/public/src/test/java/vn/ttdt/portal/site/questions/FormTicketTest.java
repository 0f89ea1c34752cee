package vn.ttdt.portal.site.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.site.questions.FormTicket.Refusal;

/** The form's ticket: solved sum, not too fast, not too old, not forged, with nothing kept on the server. */
class FormTicketTest {

    private static final Instant OPENED = Instant.parse("2023-01-13T02:00:00Z");
    private static final String[] WORDS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

    private final FormTicket tickets = new FormTicket("khoa-bi-mat-cua-may-chu-0123456789".getBytes(), new SecureRandom(),
            Duration.ofSeconds(3), Duration.ofHours(2));

    @Test
    void theRightSumAfterAFewSecondsIsAccepted() {
        FormTicket.Issued issued = tickets.issue(OPENED);

        assertEquals(Optional.empty(), tickets.check(issued.ticket(), answer(issued), OPENED.plusSeconds(20)));
    }

    @Test
    void theSumIsWrittenInWordsAndItsAnswerIsNotInTheTicket() {
        FormTicket.Issued issued = tickets.issue(OPENED);

        assertFalse(issued.question().matches(".*\\d.*"), issued.question());
        long accepted = IntStream.rangeClosed(0, 20).filter(n -> tickets.check(issued.ticket(), Integer.toString(n),
                OPENED.plusSeconds(20)).isEmpty()).count();
        assertEquals(1, accepted);
    }

    @Test
    void aWrongSumIsRefused() {
        FormTicket.Issued issued = tickets.issue(OPENED);

        assertEquals(Optional.of(Refusal.WRONG_ANSWER), tickets.check(issued.ticket(), "99", OPENED.plusSeconds(20)));
        assertEquals(Optional.of(Refusal.WRONG_ANSWER), tickets.check(issued.ticket(), "mười", OPENED.plusSeconds(20)));
    }

    @Test
    void aFormSentWithinSecondsOfOpeningIsRefused() {
        FormTicket.Issued issued = tickets.issue(OPENED);

        assertEquals(Optional.of(Refusal.TOO_FAST), tickets.check(issued.ticket(), answer(issued), OPENED.plusSeconds(1)));
    }

    @Test
    void aFormOlderThanTwoHoursIsRefused() {
        FormTicket.Issued issued = tickets.issue(OPENED);

        assertEquals(Optional.of(Refusal.EXPIRED), tickets.check(issued.ticket(), answer(issued), OPENED.plus(Duration.ofMinutes(121))));
    }

    @Test
    void aTicketWithAnotherTimeOrAnotherKeyIsRefused() {
        FormTicket.Issued issued = tickets.issue(OPENED);
        String[] parts = issued.ticket().split("\\.");
        String backdated = (Long.parseLong(parts[0]) - 60) + "." + parts[1] + "." + parts[2];
        FormTicket otherServer = new FormTicket("another-key".getBytes(), new SecureRandom(), Duration.ofSeconds(3), Duration.ofHours(2));

        assertEquals(Optional.of(Refusal.WRONG_ANSWER), tickets.check(backdated, answer(issued), OPENED.plusSeconds(1)));
        assertEquals(Optional.of(Refusal.WRONG_ANSWER), otherServer.check(issued.ticket(), answer(issued), OPENED.plusSeconds(20)));
        assertEquals(Optional.of(Refusal.INVALID), tickets.check("x.y.z", "5", OPENED.plusSeconds(20)));
        assertEquals(Optional.of(Refusal.INVALID), tickets.check(null, "5", OPENED.plusSeconds(20)));
    }

    /** Reads the sum the way a person does. */
    static String answer(FormTicket.Issued issued) {
        String[] words = issued.question().replace(" bằng mấy?", "").split(" cộng ");
        return Integer.toString(java.util.Arrays.asList(WORDS).indexOf(words[0]) + java.util.Arrays.asList(WORDS).indexOf(words[1]));
    }
}
