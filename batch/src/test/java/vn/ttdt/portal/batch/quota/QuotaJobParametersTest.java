package vn.ttdt.portal.batch.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.ttdt.portal.quota.domain.QuarterRange;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

class QuotaJobParametersTest {

    @Test
    void theYearAndQuarterAreReadAsAQuarter() {
        assertEquals(new Quarter(2023, 1), QuotaJobParameters.quarter(" 2023", "1 "));
        assertEquals(new Quarter(2024, 4), QuotaJobParameters.quarter(2024, 4));
    }

    @Test
    void aMissingOrImpossibleQuarterIsRefusedWithItsMessage() {
        for (String[] wrong : new String[][] {{"2023", "5"}, {"2023", "0"}, {"1999", "1"}, {"abc", "1"}, {null, "1"}, {"2023", ""}}) {
            assertEquals("quota.quarter.invalid",
                    assertThrows(BusinessRuleException.class, () -> QuotaJobParameters.quarter(wrong[0], wrong[1])).messageKey());
        }
    }

    @Test
    void aRangeIsReadFromItsFirstAndLastQuarterOrIsTheFirstQuarterAlone() {
        assertEquals(new QuarterRange(new Quarter(2016, 1), new Quarter(2025, 4)), QuotaJobParameters.range("2016", "1", "2025", "4"));
        assertEquals(QuarterRange.of(new Quarter(2023, 2)), QuotaJobParameters.range("2023", "2", null, ""));
        assertEquals("quota.range.invalid", assertThrows(BusinessRuleException.class,
                () -> QuotaJobParameters.range("2023", "2", "2023", "1")).messageKey());
    }

    @Test
    void theStepsReadTheRangeAsTheJobWritesIt() {
        QuarterRange range = new QuarterRange(new Quarter(2016, 1), new Quarter(2025, 4));
        assertEquals(range, QuotaJobParameters.range(range.parameter()));
        assertEquals(QuarterRange.of(new Quarter(2023, 1)), QuotaJobParameters.range("2023-1..-"), "a run started before ranges");
    }

    @Test
    void onlyTrueMakesARunFinal() {
        assertTrue(QuotaJobParameters.isFinal("true"));
        assertFalse(QuotaJobParameters.isFinal(null));
        assertFalse(QuotaJobParameters.isFinal("yes"));
    }

    @Test
    void theFinalRunOnTheFirstDayOfAQuarterIsTheQuarterJustEnded() {
        assertEquals(new Quarter(2022, 4), QuotaComplianceSchedule.previous(new Quarter(2023, 1)));
        assertEquals(new Quarter(2023, 2), QuotaComplianceSchedule.previous(new Quarter(2023, 3)));
    }
}
