package vn.ttdt.portal.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AuthorRowTest {

    @Test
    void theAuthorsAccountStaysLinkedWhileTheNameIsTheOneItWasLinkedWith() {
        AuthorRow row = new AuthorRow("An Nhiên", 12L, new BigDecimal("100"));
        assertEquals(12L, row.toDraft().accountId());
        row.setName(" An Nhiên ");
        assertEquals(12L, row.toDraft().accountId());
    }

    @Test
    void typingAnotherNameUnlinksTheAccountSoNobodyIsPaidUnderSomeoneElsesName() {
        AuthorRow row = new AuthorRow("An Nhiên", 12L, new BigDecimal("100"));
        row.setName("Võ Thanh Hương");
        assertNull(row.toDraft().accountId());
        assertEquals("Võ Thanh Hương", row.toDraft().name());
    }

    @Test
    void withEqualSharesTheRowIsSentWithoutItsPercentage() {
        AuthorRow row = new AuthorRow("An Nhiên", 12L, new BigDecimal("40"));
        assertNull(row.toDraft(true).sharePercent());
        assertEquals(new BigDecimal("40"), row.toDraft(false).sharePercent());
    }
}
