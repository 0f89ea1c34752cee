package vn.ttdt.portal.quota.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

class RuleChangeWindowTest {

    private static final List<Quarter> FINAL = List.of(new Quarter(2026, 2), new Quarter(2026, 3));

    @Test
    void aRuleMayStartAfterTheLastFinalisedQuarter() {
        assertDoesNotThrow(() -> RuleChangeWindow.refuseFinalised(new Quarter(2026, 4), Optional.empty(), FINAL));
        assertDoesNotThrow(() -> RuleChangeWindow.refuseFinalised(new Quarter(2030, 1), Optional.empty(), FINAL));
    }

    @Test
    void aRuleFromAFinalisedQuarterIsRefusedNamingIt() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> RuleChangeWindow.refuseFinalised(new Quarter(2026, 3), Optional.empty(), FINAL));

        assertEquals("quota.rule.finalised", refused.messageKey());
        assertArrayEquals(new Object[] {"III/2026", "III/2026"}, refused.arguments());
    }

    @Test
    void aRuleFromAnEarlierQuarterWouldAlterTheFinalisedOnesAfterItAndIsRefusedNamingTheFirst() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> RuleChangeWindow.refuseFinalised(new Quarter(2025, 4), Optional.empty(), FINAL));

        assertArrayEquals(new Object[] {"IV/2025", "II/2026"}, refused.arguments());
    }

    @Test
    void aQuarterThatHasEndedWithoutFinalResultsStillTakesARule() {
        assertDoesNotThrow(() -> RuleChangeWindow.refuseFinalised(new Quarter(2026, 1), Optional.of(new Quarter(2026, 2)), FINAL));
        assertDoesNotThrow(() -> RuleChangeWindow.refuseFinalised(new Quarter(2025, 1), Optional.empty(), List.of()));
    }

    @Test
    void theGroupsNextRuleEndsWhatARuleGovernsSoAFinalisedQuarterAfterItDoesNotStopIt() {
        assertDoesNotThrow(() -> RuleChangeWindow.refuseFinalised(new Quarter(2025, 3), Optional.of(new Quarter(2026, 1)), FINAL));
        assertThrows(BusinessRuleException.class,
                () -> RuleChangeWindow.refuseFinalised(new Quarter(2025, 3), Optional.of(new Quarter(2026, 3)), FINAL));
    }
}
