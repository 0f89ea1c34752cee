package vn.ttdt.portal.legaldocs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalStatusTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2022, 8, 15);
    private static final LocalDate EXPIRES = LocalDate.of(2025, 1, 1);

    @Test
    void notYetInForceUntilTheEffectiveDayInForceFromIt() {
        assertEquals(LegalStatus.NOT_YET_IN_FORCE, LegalStatus.on(EFFECTIVE.minusDays(1), EFFECTIVE, null, false));
        assertEquals(LegalStatus.IN_FORCE, LegalStatus.on(EFFECTIVE, EFFECTIVE, null, false));
        assertEquals(LegalStatus.IN_FORCE, LegalStatus.on(LocalDate.of(2099, 1, 1), EFFECTIVE, null, false));
    }

    @Test
    void expiredFromTheExpiryDayOn() {
        assertEquals(LegalStatus.IN_FORCE, LegalStatus.on(EXPIRES.minusDays(1), EFFECTIVE, EXPIRES, false));
        assertEquals(LegalStatus.EXPIRED, LegalStatus.on(EXPIRES, EFFECTIVE, EXPIRES, false));
    }

    @Test
    void aReplacedDocumentIsReplacedWhateverItsDates() {
        assertEquals(LegalStatus.REPLACED, LegalStatus.on(EFFECTIVE.minusDays(1), EFFECTIVE, EXPIRES, true));
        assertEquals(LegalStatus.REPLACED, LegalStatus.on(EXPIRES, EFFECTIVE, EXPIRES, true));
    }

    @Test
    void theStoredStatusMovesOnlyWhenTheDayChangesIt() {
        LegalDocument document = LegalDocumentTest.document("1/2030/QĐ-UBND", EFFECTIVE.minusDays(10), EFFECTIVE, EXPIRES,
                EFFECTIVE.minusDays(5));
        assertEquals(LegalStatus.NOT_YET_IN_FORCE, document.getStatus());

        assertEquals(false, document.refreshStatus(EFFECTIVE.minusDays(1)));
        assertEquals(true, document.refreshStatus(EFFECTIVE));
        assertEquals(LegalStatus.IN_FORCE, document.getStatus());
        assertEquals(true, document.refreshStatus(EXPIRES));
        assertEquals(LegalStatus.EXPIRED, document.getStatus());
    }
}
