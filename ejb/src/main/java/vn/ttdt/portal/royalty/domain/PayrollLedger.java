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

    /**
     * The next page of those works in the selection's partition after {@code afterItemId}, each with all its authors and
     * the positions still unpaid.
     */
    List<DueWork> payableWorks(DueWorkSelection selection, long afterItemId, int limit);

    void insertLines(long payrollId, List<PayrollLine> lines);

    /** Adds the works of a chunk to the payroll's count of works written, in the chunk's transaction. */
    void addWorksWritten(long payrollId, int works);

    /**
     * The payroll's month and status as stored, with the payroll locked until the caller's transaction ends: an approval
     * cannot come between a step's check that the payroll is a draft and that step's writes.
     */
    PayrollState lockForWriting(long payrollId);

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

    /** The works one reader of the job pays: the site's payable works published before an instant, in one partition. */
    record DueWorkSelection(long siteId, Instant publishedBefore, WorkPartition partition) {
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
