package vn.ttdt.portal.royalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * The monthly royalty and remuneration payroll of a site (bảng thanh toán nhuận bút, thù lao tháng M):
 * one line per payee per work share plus the month's remuneration, totals per payee with tax withheld, and
 * grand totals. A draft can be computed again (it is replaced); once approved it is locked; then it is paid.
 */
@Entity
@Table(name = "payroll")
public class Payroll {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private long siteId;

    private String period;

    @Enumerated(EnumType.STRING)
    private PayrollStatus status;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "expected_works")
    private int expectedWorks;

    /** Works whose lines are committed, counted by the job's chunks in their own transactions (the progress bar). */
    @Column(name = "works_written")
    private int worksWritten;

    @Column(name = "line_count")
    private int lineCount;

    @Column(name = "royalty_total")
    private long royaltyTotal;

    @Column(name = "remuneration_total")
    private long remunerationTotal;

    @Column(name = "total_gross")
    private long totalGross;

    @Column(name = "total_tax")
    private long totalTax;

    @Column(name = "total_net")
    private long totalNet;

    @Column(name = "computed_at")
    private Instant computedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_by")
    private String paidBy;

    @Version
    private long version;

    protected Payroll() {
    }

    public Payroll(long siteId, YearMonth month) {
        this.siteId = siteId;
        this.period = month.toString();
        this.status = PayrollStatus.DRAFT;
    }

    /** Refuses computing a payroll that finance has approved: it is locked. */
    public void checkCanBeComputed() {
        checkDraft(status, month());
    }

    /** Refuses any change to the lines or totals of a month's payroll in {@code status} unless it is still a draft. */
    public static void checkDraft(PayrollStatus status, YearMonth month) {
        if (status != PayrollStatus.DRAFT) {
            throw new BusinessRuleException("payroll.locked", "payroll " + month + " is " + status, BusinessCalendar.monthLabel(month));
        }
    }

    /** Starts computing the draft again from nothing: its earlier lines and totals are replaced. */
    public void beginRun(long newExecutionId, int worksToPay) {
        checkCanBeComputed();
        this.executionId = newExecutionId;
        this.expectedWorks = worksToPay;
        this.worksWritten = 0;
        this.lineCount = 0;
        this.royaltyTotal = 0;
        this.remunerationTotal = 0;
        this.totalGross = 0;
        this.totalTax = 0;
        this.totalNet = 0;
        this.computedAt = null;
    }

    /** Follows the execution that resumes an interrupted run; the works already written stay counted. */
    public void followRestart(long restartedExecutionId) {
        checkCanBeComputed();
        this.executionId = restartedExecutionId;
    }

    public void computed(int lines, long royalties, long remuneration, long gross, long tax, long net, Instant at) {
        this.lineCount = lines;
        this.royaltyTotal = royalties;
        this.remunerationTotal = remuneration;
        this.totalGross = gross;
        this.totalTax = tax;
        this.totalNet = net;
        this.computedAt = at;
    }

    public void approve(String by, Instant at) {
        if (status != PayrollStatus.DRAFT) {
            throw new BusinessRuleException("payroll.locked", "payroll " + period + " is " + status, displayMonth());
        }
        if (computedAt == null) {
            throw new BusinessRuleException("payroll.notComputed", "payroll " + period + " not computed", displayMonth());
        }
        this.status = PayrollStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    public void markPaid(LocalDate on, String by) {
        if (status != PayrollStatus.APPROVED) {
            throw new BusinessRuleException("payroll.payOnlyApproved", "payroll " + period + " is " + status, displayMonth());
        }
        if (on == null || approvedAt != null && on.isBefore(month().atDay(1))) {
            throw new BusinessRuleException("payroll.paidOn.invalid", "paid on " + on);
        }
        this.status = PayrollStatus.PAID;
        this.paidOn = on;
        this.paidBy = by;
    }

    public YearMonth month() {
        return YearMonth.parse(period);
    }

    /** The month as Vietnamese documents write it: 09/2023. */
    public String displayMonth() {
        return BusinessCalendar.monthLabel(month());
    }

    public boolean isComputed() {
        return computedAt != null;
    }

    public Long getId() { return id; }
    public long getSiteId() { return siteId; }
    public String getPeriod() { return period; }
    public PayrollStatus getStatus() { return status; }
    public Long getExecutionId() { return executionId; }
    public int getExpectedWorks() { return expectedWorks; }
    public int getWorksWritten() { return worksWritten; }
    public int getLineCount() { return lineCount; }
    public long getRoyaltyTotal() { return royaltyTotal; }
    public long getRemunerationTotal() { return remunerationTotal; }
    public long getTotalGross() { return totalGross; }
    public long getTotalTax() { return totalTax; }
    public long getTotalNet() { return totalNet; }
    public Instant getComputedAt() { return computedAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public LocalDate getPaidOn() { return paidOn; }
    public String getPaidBy() { return paidBy; }
}
