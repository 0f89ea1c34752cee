package vn.ttdt.portal.royalty.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.royalty.domain.PayeeStatus;
import vn.ttdt.portal.royalty.domain.PayrollLine;
import vn.ttdt.portal.royalty.domain.PayrollStatus;

/** A month's payroll for finance: status, totals, warnings, payees with their lines, the fund of the year. */
public record PayrollView(String month, PayrollStatus status, String statusLabel, Long executionId, int expectedWorks,
        int lineCount, long royaltyTotal, long remunerationTotal, long totalGross, long totalTax, long totalNet,
        Instant computedAt, String approvedBy, Instant approvedAt, LocalDate paidOn, Fund fund, List<String> warnings,
        List<Payee> payees) implements Serializable {

    /** A payee with their totals, status, failed contacts and lines. */
    public record Payee(String payeeKey, String name, Long accountId, String taxCode, String bankAccountNumber, String bankName,
            long gross, long tax, long net, boolean taxCommitment, PayeeStatus status, int failedContacts, List<Line> lines)
                    implements Serializable {
    }

    /** A line with the date by which it should be paid, and whether it is overdue. */
    public record Line(String lineKey, PayrollLine.Kind kind, Long itemId, String title, LocalDate publishedOn,
            java.math.BigDecimal coefficient, long unitValue, java.math.BigDecimal adjustmentPercent, long workAmount,
            java.math.BigDecimal sharePercent, long amount, LocalDate payBy, boolean overdue) implements Serializable {
    }

    /** The year's royalty fund: budget, used by approved payrolls, remaining (null budget when none was set). */
    public record Fund(int year, Long budget, long used, Long remaining) implements Serializable {
    }
}
