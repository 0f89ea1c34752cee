package vn.ttdt.portal.royalty.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.royalty.domain.PayeeTotal;
import vn.ttdt.portal.royalty.domain.Payroll;
import vn.ttdt.portal.royalty.domain.PayrollLedger;
import vn.ttdt.portal.royalty.domain.PayrollLine;
import vn.ttdt.portal.royalty.domain.PayrollRepository;
import vn.ttdt.portal.royalty.domain.PayrollRules;
import vn.ttdt.portal.royalty.domain.RemunerationRole;
import vn.ttdt.portal.royalty.domain.RoyaltySchedule;
import vn.ttdt.portal.royalty.domain.RoyaltyScheduleRepository;
import vn.ttdt.portal.royalty.domain.TaxRule;
import vn.ttdt.portal.royalty.domain.WorkPartition;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.NotFoundException;

/**
 * The steps of the monthly payroll job ({@code royalty-payroll}), each in the transaction of its step or chunk:
 * begin (the draft emptied), the works due in pages, their lines, the month's remuneration, and the totals.
 * Called by the batch artifacts only; who may start the job is decided where it is started. Every step that writes
 * checks first that the payroll is still a draft, however the run was started or restarted.
 */
@Stateless
@PermitAll
public class PayrollComputation {

    @Inject
    private PayrollRepository payrolls;

    @Inject
    private PayrollLedger ledger;

    @Inject
    private RoyaltyScheduleRepository schedules;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Refuses when the month's payroll is approved or paid. */
    public void checkCanRun(YearMonth month) {
        payrolls.byMonth(siteId(), month).ifPresent(Payroll::checkCanBeComputed);
    }

    /** Opens the month's draft for a run: created if new, emptied if computed before; answers its id. */
    public long begin(YearMonth month, long executionId) {
        long siteId = siteId();
        Optional<Payroll> existing = payrolls.byMonth(siteId, month);
        Payroll payroll = existing.orElseGet(() -> payrolls.add(new Payroll(siteId, month)));
        payroll.checkCanBeComputed();
        if (existing.isPresent()) {
            checkStillDraft(payroll.getId());
        }
        ledger.clear(payroll.getId());
        payroll.beginRun(executionId, ledger.countPayableWorks(siteId, BusinessCalendar.endOf(month)));
        return payroll.getId();
    }

    /** Points the month's draft at the execution that restarted its interrupted run. */
    public void followRestart(YearMonth month, long restartedExecutionId) {
        payrolls.byMonth(siteId(), month).ifPresent(p -> p.followRestart(restartedExecutionId));
    }

    /**
     * Where the month's run stands, without counting lines (the progress bar asks every second): the works due when
     * it began, those whose lines are committed (by every execution of the run, in every partition), and whether the
     * totals are done.
     */
    public Progress progress(YearMonth month) {
        return payrolls.byMonth(siteId(), month)
                .map(p -> new Progress(p.getExecutionId(), p.getExpectedWorks(), p.getWorksWritten(), p.isComputed()))
                .orElse(new Progress(null, 0, 0, false));
    }

    /** What a run has to do and has done. */
    public record Progress(Long executionId, int expectedWorks, int worksWritten, boolean computed) {
    }

    public long payrollId(YearMonth month) {
        return payrolls.byMonth(siteId(), month).orElseThrow(() -> new NotFoundException("payroll", month)).getId();
    }

    public RoyaltySchedule schedule() {
        return schedules.schedule(siteId());
    }

    /** The works due in the month within one partition, the site looked up once for all the pages a reader takes. */
    public PayrollLedger.DueWorkSelection dueWorkSelection(YearMonth month, WorkPartition partition) {
        return new PayrollLedger.DueWorkSelection(siteId(), BusinessCalendar.endOf(month), partition);
    }

    public List<PayrollLedger.DueWork> dueWorks(PayrollLedger.DueWorkSelection selection, long afterItemId, int limit) {
        return ledger.payableWorks(selection, afterItemId, limit);
    }

    /** The lines of a due work: every share computed, only the unpaid ones kept. */
    public static List<PayrollLine> linesOf(PayrollLedger.DueWork due, RoyaltySchedule schedule) {
        return PayrollRules.workLines(due.work(), schedule).stream()
                .filter(line -> due.unpaidPositions().contains(line.authorPosition()))
                .toList();
    }

    /**
     * Writes a chunk's lines into the payroll and counts its works as written, refused when the payroll is no longer a
     * draft (one check per chunk; the payroll stays locked until the chunk commits, so chunks of parallel partitions
     * write one after the other).
     */
    public void write(long payrollId, int works, List<PayrollLine> lines) {
        checkStillDraft(payrollId);
        ledger.insertLines(payrollId, lines);
        ledger.addWorksWritten(payrollId, works);
    }

    /** The month's remuneration: one line per role held on the month's last day. */
    public int writeRemuneration(YearMonth month) {
        long payrollId = payrollId(month);
        checkStillDraft(payrollId);
        long siteId = siteId();
        RoyaltySchedule schedule = schedules.schedule(siteId);
        LocalDate lastDay = month.atEndOfMonth();
        List<PayrollLine> lines = new ArrayList<>();
        for (PayrollLedger.HeldRole held : ledger.rolesHeldOn(siteId, lastDay)) {
            RemunerationRole role = schedule.remunerationRole(held.roleCode(), lastDay).orElse(null);
            if (role != null) {
                lines.add(PayrollRules.remunerationLine(month, held.accountId(), held.fullName(), role, schedule));
            }
        }
        for (PayrollLedger.CarriedRemuneration carried : ledger.carriedRemuneration(siteId, month)) {
            lines.add(carriedLine(carried));
        }
        ledger.insertLines(payrollId, lines);
        return lines.size();
    }

    private static PayrollLine carriedLine(PayrollLedger.CarriedRemuneration carried) {
        String title = DomainTexts.text("payroll.line.carried", carried.title(),
                BusinessCalendar.monthLabel(YearMonth.parse(carried.fromPeriod())));
        java.math.BigDecimal full = java.math.BigDecimal.valueOf(100);
        return new PayrollLine(PayrollLine.carriedKey(carried.fromPayrollId(), carried.accountId(), carried.roleCode()),
                PayrollLine.Kind.REMUNERATION, vn.ttdt.portal.royalty.domain.PayeeKey.of(carried.accountId(), carried.fullName()),
                carried.fullName(), carried.accountId(), null, null, carried.roleCode(), title, null, carried.coefficient(),
                carried.unitValue(), full, carried.amount(), full, carried.amount());
    }

    /** Totals per payee with the tax rule of the month's last day, then the payroll's grand totals. */
    public void computeTotals(YearMonth month, long executionId) {
        long siteId = siteId();
        Payroll payroll = payrolls.byMonth(siteId, month).orElseThrow(() -> new NotFoundException("payroll", month));
        checkStillDraft(payroll.getId());
        TaxRule rule = schedules.schedule(siteId).taxRule(month.atEndOfMonth());
        Set<Long> committed = ledger.accountsWithTaxCommitment(month.getYear());
        List<PayrollLedger.PayeeSum> sums = ledger.sumsByPayee(payroll.getId());
        List<PayrollLedger.PayeeRecord> records = new ArrayList<>();
        long royalties = 0;
        long remuneration = 0;
        long tax = 0;
        int lines = 0;
        for (PayrollLedger.PayeeSum sum : sums) {
            PayeeTotal total = PayeeTotal.of(sum.payeeKey(), sum.gross(), sum.accountId() != null && committed.contains(sum.accountId()), rule);
            records.add(new PayrollLedger.PayeeRecord(sum, total));
            royalties += sum.royalties();
            remuneration += sum.remuneration();
            tax += total.tax();
            lines += sum.lines();
        }
        ledger.insertPayees(payroll.getId(), records);
        long gross = royalties + remuneration;
        payroll.computed(lines, royalties, remuneration, gross, tax, gross - tax, clock.instant());
        audit.record("royalty-payroll", AuditAction.PAYROLL_COMPUTED, "payroll", payroll.getId(),
                month + ": " + lines + " lines, gross " + gross + ", tax " + tax + ", execution " + executionId, null);
    }

    /**
     * Refuses a step's writes unless the payroll, as stored (not as cached), is still a draft; the payroll stays locked
     * until the step's transaction ends, so it cannot be approved in between.
     */
    private void checkStillDraft(long payrollId) {
        PayrollLedger.PayrollState stored = ledger.lockForWriting(payrollId);
        Payroll.checkDraft(stored.status(), stored.month());
    }

    private long siteId() {
        return sites.current().getId();
    }
}
