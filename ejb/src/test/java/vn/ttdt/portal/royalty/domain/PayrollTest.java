package vn.ttdt.portal.royalty.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

class PayrollTest {

    private static final YearMonth JULY = YearMonth.of(2020, 7);

    @Test
    void onlyADraftTakesLinesOrTotals() {
        assertDoesNotThrow(() -> Payroll.checkDraft(PayrollStatus.DRAFT, JULY));
        for (PayrollStatus locked : new PayrollStatus[] {PayrollStatus.APPROVED, PayrollStatus.PAID}) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> Payroll.checkDraft(locked, JULY));
            assertEquals("payroll.locked", refused.messageKey());
            assertEquals("07/2020", refused.arguments()[0]);
        }
    }
}
