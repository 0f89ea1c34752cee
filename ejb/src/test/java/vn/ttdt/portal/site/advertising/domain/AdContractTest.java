package vn.ttdt.portal.site.advertising.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

class AdContractTest {

    private static final Advertiser ADVERTISER = new Advertiser(null,
            new AdvertiserDetails("Công ty Sữa", "0300588569", null, null, null, null));

    private static AdContract contract(LocalDate from, LocalDate to, LocalDate paidOn) {
        return new AdContract(null, ADVERTISER, new ContractTerms("HĐ-01", Placement.HOME, from, to, 12_000_000L, paidOn));
    }

    @Test
    void runsFromItsFirstToItsLastDayIncluded() {
        AdContract contract = contract(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null);
        assertFalse(contract.runsOn(LocalDate.of(2026, 2, 28)));
        assertTrue(contract.runsOn(LocalDate.of(2026, 3, 1)));
        assertTrue(contract.runsOn(LocalDate.of(2026, 3, 31)));
        assertFalse(contract.runsOn(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void theFeeIsOutstandingUntilItsPaymentIsRecorded() {
        AdContract open = contract(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null);
        assertEquals(12_000_000L, open.outstanding());
        assertEquals(0, open.paid());
        AdContract paid = contract(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 5));
        assertEquals(0, paid.outstanding());
        assertEquals(12_000_000L, paid.paid());
    }

    @Test
    void refusesAnEndBeforeTheStartANegativeFeeAndAMissingPlacement() {
        assertEquals("adContract.dates.order", assertThrows(BusinessRuleException.class,
                () -> contract(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), null)).messageKey());
        assertEquals("adContract.fee.invalid", assertThrows(BusinessRuleException.class, () -> new AdContract(null, ADVERTISER,
                new ContractTerms("HĐ-02", Placement.HOME, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), -1L, null))).messageKey());
        assertEquals("adContract.placement.required", assertThrows(BusinessRuleException.class, () -> new AdContract(null, ADVERTISER,
                new ContractTerms("HĐ-03", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), 1L, null))).messageKey());
    }

    @Test
    void anAdvertiserNeedsAValidTaxCode() {
        assertEquals("advertiser.taxCode.invalid", assertThrows(BusinessRuleException.class, () -> new Advertiser(null,
                new AdvertiserDetails("Công ty", "0300588568", null, null, null, null))).messageKey());
    }
}
