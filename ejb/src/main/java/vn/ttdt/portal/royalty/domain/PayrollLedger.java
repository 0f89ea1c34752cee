package vn.ttdt.portal.royalty.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The bulk side of payrolls, for the monthly job: the works that are due, the lines written in chunks, and
 * the sums per payee. Works are read in pages by ascending item id, so a restarted run resumes after its checkpoint.
 */
public interface PayrollLedger {

    /** Graded, payable works of the site published before {@code publishedBefore} with a share not yet in an approved payroll. */
    int countPayableWorks(long siteId, Instant publishedBefore);

    /** The next page of those works after {@code afterItemId}, each with all its authors and the positions still unpaid. */
    List<DueWork> payableWorks(long siteId, Instant publishedBefore, long afterItemId, int limit);

    void insertLines(long payrollId, List<PayrollLine> lines);

    /**
     * The payroll's month and status as stored, with the payroll locked until the caller's transaction ends: an approval
     * cannot come between a step's check that the payroll is a draft and that step's writes.
     */
    PayrollState lockForWriting(long payrollId);

    /** Works that already have lines in the payroll (committed chunks only), for the progress bar. */
    int worksWritten(long payrollId);

    /** Forgets a draft's lines and payees, so that it is computed again from nothing. */
    void clear(long payrollId);

    List<PayeeSum> sumsByPayee(long payrollId);

    void insertPayees(long payrollId, List<PayeeRecord> payees);

    Set<Long> accountsWithTaxCommitment(int year);

    List<HeldRole> rolesHeldOn(long siteId, LocalDate day);

    /** Remuneration carried over from approved payrolls of months before {@code month} and not paid since. */
    List<CarriedRemuneration> carriedRemuneration(long siteId, java.time.YearMonth month);

    /** A payroll's month and status as stored. */
    record PayrollState(java.time.YearMonth month, PayrollStatus status) {
    }

    /** A work due for payment and the author positions whose shares are still unpaid. */
    record DueWork(PublishedWork work, Set<Integer> unpaidPositions) {
    }

    /** The sum of a payee's lines, and the payment details of their account when they have one. */
    record PayeeSum(String payeeKey, String payeeName, Long accountId, long royalties, long remuneration, int lines,
            String taxCode, String bankAccountNumber, String bankName) {
        public long gross() {
            return royalties + remuneration;
        }
    }

    /** A payee's sum with the tax withheld. */
    record PayeeRecord(PayeeSum sum, PayeeTotal total) {
    }

    /** A remuneration line of an earlier payroll whose payee could not be reached. */
    record CarriedRemuneration(long fromPayrollId, String fromPeriod, long accountId, String fullName, String roleCode, String title,
            java.math.BigDecimal coefficient, long unitValue, long amount) {
    }

    /** A paid board role held by an account on a day. */
    record HeldRole(long accountId, String fullName, String roleCode) {
    }
}
