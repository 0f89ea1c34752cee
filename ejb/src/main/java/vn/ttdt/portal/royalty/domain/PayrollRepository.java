package vn.ttdt.portal.royalty.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Payrolls of a site by month, their payees and lines, and the settlement that stops a share being paid twice. */
public interface PayrollRepository {

    Optional<Payroll> byMonth(long siteId, YearMonth month);

    Payroll add(Payroll payroll);

    List<Payroll> all(long siteId);

    List<PayrollPayee> payees(long payrollId);

    Optional<PayrollPayee> payee(long payrollId, String payeeKey);

    List<PayrollLine> lines(long payrollId);

    /** Gross of the site's approved or paid payrolls of the year, other than the one given. */
    long approvedGrossOfYear(long siteId, int year, long exceptPayrollId);

    /**
     * Holds the site's payroll approvals to one at a time until the transaction ends: two payrolls can hold the same
     * share (a work graded late is due in every month after its own until paid), and the second approval must then see
     * the first one's settlement and be refused, not fail on the database's unique key.
     */
    void holdApprovals(long siteId);

    /**
     * Marks the payroll's work shares and carried-over remuneration as paid by it; answers how many of them another
     * approved payroll has paid already, as committed (then the caller refuses the approval and the transaction marks
     * nothing).
     */
    int settle(long payrollId);

    /** Gives a carried-over payee's work shares and remuneration back to later payrolls. */
    void releaseShares(long payrollId, String payeeKey);

    void recordContact(long payrollId, String payeeKey, java.time.Instant at, String by, boolean reached, String note);
}
