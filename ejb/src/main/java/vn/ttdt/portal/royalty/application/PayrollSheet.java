package vn.ttdt.portal.royalty.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A payroll as finance prints it: who is paid what, for which works, with the totals and the signatories. */
public record PayrollSheet(String siteName, String ownerName, YearMonth month, String statusLabel,
        List<PayeeRow> payees, long totalGross, long totalTax, long totalNet,
        String preparer, String chiefAccountant, String head, LocalDate preparedOn) {

    public PayrollSheet {
        payees = List.copyOf(payees);
    }
}
