package vn.ttdt.portal.legaldocs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalStatusTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2022, 8, 15);
    private static final LocalDate EXPIRES = LocalDate.of(2025, 1, 1);
    private static final Instant STAMP = Instant.parse("2025-01-01T00:10:20Z");

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

        assertEquals(false, document.refreshStatus(EFFECTIVE.minusDays(1), STAMP));
        assertEquals(true, document.refreshStatus(EFFECTIVE, STAMP));
        assertEquals(LegalStatus.IN_FORCE, document.getStatus());
        assertEquals(true, document.refreshStatus(EXPIRES, STAMP));
        assertEquals(LegalStatus.EXPIRED, document.getStatus());
        assertEquals(STAMP, document.getUpdatedAt(), "a status change is in the change log search indexes follow");
    }
}
