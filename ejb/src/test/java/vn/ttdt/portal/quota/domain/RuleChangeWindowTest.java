package vn.ttdt.portal.quota.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

class RuleChangeWindowTest {

    private static final Quarter NOW = new Quarter(2026, 4);

    @Test
    void aRuleMayStartInTheCurrentQuarter() {
        assertDoesNotThrow(() -> RuleChangeWindow.refusePast(new Quarter(2026, 4), NOW));
    }

    @Test
    void aRuleMayStartInALaterQuarterOfTheSameOrANextYear() {
        assertDoesNotThrow(() -> RuleChangeWindow.refusePast(new Quarter(2027, 1), NOW));
        assertDoesNotThrow(() -> RuleChangeWindow.refusePast(new Quarter(2030, 3), NOW));
    }

    @Test
    void aRuleFromAQuarterThatHasEndedIsRefusedNamingBothQuarters() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> RuleChangeWindow.refusePast(new Quarter(2026, 3), NOW));

        assertEquals("quota.rule.past", refused.messageKey());
        assertArrayEquals(new Object[] {"III/2026", "IV/2026"}, refused.arguments());
    }

    @Test
    void theLastQuarterOfThePreviousYearHasEndedToo() {
        assertThrows(BusinessRuleException.class, () -> RuleChangeWindow.refusePast(new Quarter(2026, 4), new Quarter(2027, 1)));
    }

    @Test
    void quartersReadInRomanNumeralsWithTheirYear() {
        assertEquals("I/2023", RuleChangeWindow.label(new Quarter(2023, 1)));
        assertEquals("II/2023", RuleChangeWindow.label(new Quarter(2023, 2)));
        assertEquals("IV/2024", RuleChangeWindow.label(new Quarter(2024, 4)));
    }
}
