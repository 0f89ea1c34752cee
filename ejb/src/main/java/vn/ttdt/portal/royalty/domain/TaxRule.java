package vn.ttdt.portal.royalty.domain;

import java.math.BigDecimal;

/**
 * Personal income tax withheld from a payee in one payroll (thuế TNCN khấu trừ): the rate applies to the
 * whole gross once the gross reaches the threshold, unless the payee has a 08/CK-TNCN commitment for the year.
 */
public record TaxRule(BigDecimal ratePercent, long threshold) {

    public long withheld(long gross, boolean hasCommitment) {
        if (hasCommitment || gross < threshold) {
            return 0;
        }
        return Vnd.percentOf(gross, ratePercent);
    }
}
