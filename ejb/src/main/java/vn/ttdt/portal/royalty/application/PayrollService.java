package vn.ttdt.portal.royalty.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.royalty.domain.PayeeStatus;
import vn.ttdt.portal.royalty.domain.Payroll;
import vn.ttdt.portal.royalty.domain.PayrollLine;
import vn.ttdt.portal.royalty.domain.PayrollPayee;
import vn.ttdt.portal.royalty.domain.PayrollRepository;
import vn.ttdt.portal.royalty.domain.PayrollRules;
import vn.ttdt.portal.royalty.domain.PayrollStatus;
import vn.ttdt.portal.royalty.domain.RoyaltyFund;
import vn.ttdt.portal.royalty.domain.RoyaltySchedule;
import vn.ttdt.portal.royalty.domain.RoyaltyScheduleRepository;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;

/**
 * Finance's work on monthly payrolls once computed: read them with their warnings, approve (locks them and marks
 * their work shares paid), record contacts with payees who cannot be reached, mark paid, and prepare the exports.
 */
@Stateless
@RolesAllowed({Role.FINANCE_NAME, Role.APPROVER_NAME})
public class PayrollService {

    @Inject
    private PayrollRepository payrolls;

    @Inject
    private RoyaltyScheduleRepository schedules;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public List<PayrollView> all() {
        long siteId = sites.current().getId();
        RoyaltySchedule schedule = schedules.schedule(siteId);
        return payrolls.all(siteId).stream().map(p -> view(p, schedule, false)).toList();
    }

    public PayrollView get(@NotNull YearMonth month) {
        long siteId = sites.current().getId();
        return view(payroll(siteId, month), schedules.schedule(siteId), true);
    }

    @RolesAllowed(Role.FINANCE_NAME)
    public PayrollView approve(@NotNull YearMonth month) {
        long siteId = sites.current().getId();
        payrolls.holdApprovals(siteId);
        Payroll payroll = payroll(siteId, month);
        payroll.approve(login(), clock.instant());
        int alreadyPaid = payrolls.settle(payroll.getId());
        if (alreadyPaid > 0) {
            throw new BusinessRuleException("payroll.approve.alreadyPaid", payroll.getPeriod() + ": " + alreadyPaid
                    + " shares already in an approved payroll", alreadyPaid, payroll.displayMonth());
        }
        audit.record(login(), AuditAction.PAYROLL_APPROVED, "payroll", payroll.getId(),
                payroll.getPeriod() + ": gross " + payroll.getTotalGross() + ", net " + payroll.getTotalNet(), origin.remoteAddress());
        return view(payroll, schedules.schedule(siteId), true);
    }

    @RolesAllowed(Role.FINANCE_NAME)
    public PayrollView markPaid(@NotNull YearMonth month, @NotNull LocalDate paidOn) {
        long siteId = sites.current().getId();
        Payroll payroll = payroll(siteId, month);
        payroll.markPaid(paidOn, login());
        payrolls.payees(payroll.getId()).forEach(PayrollPayee::markPaid);
        audit.record(login(), AuditAction.PAYROLL_PAID, "payroll", payroll.getId(), payroll.getPeriod() + " paid on " + paidOn,
                origin.remoteAddress());
        return view(payroll, schedules.schedule(siteId), true);
    }

    /** Records an attempt to reach a payee of an approved payroll; after the limit of failures, the amount is carried over. */
    @RolesAllowed(Role.FINANCE_NAME)
    public PayrollView recordContact(@NotNull YearMonth month, @NotNull String payeeKey, boolean reached,
            @Size(max = 500, message = "{payroll.contact.note.size}") String note) {
        long siteId = sites.current().getId();
        Payroll payroll = payroll(siteId, month);
        if (payroll.getStatus() != PayrollStatus.APPROVED) {
            throw new BusinessRuleException("payroll.contact.onlyApproved", payroll.getPeriod() + " is " + payroll.getStatus(),
                    payroll.displayMonth());
        }
        PayrollPayee payee = payrolls.payee(payroll.getId(), payeeKey).orElseThrow(() -> new NotFoundException("payee", payeeKey));
        Instant now = clock.instant();
        payrolls.recordContact(payroll.getId(), payeeKey, now, login(), reached, note == null ? null : note.strip());
        RoyaltySchedule schedule = schedules.schedule(siteId);
        if (!reached && payee.recordFailedContact(schedule.contactAttemptsBeforeCarryOver(BusinessCalendar.dayOf(now)))) {
            payrolls.releaseShares(payroll.getId(), payeeKey);
        }
        audit.record(login(), AuditAction.PAYROLL_CONTACT_RECORDED, "payroll", payroll.getId(),
                payeeKey + (reached ? " reached" : " not reached") + (payee.getStatus() == PayeeStatus.CARRIED_OVER ? ", carried over" : ""),
                origin.remoteAddress());
        return view(payroll, schedule, true);
    }

    /** The payroll as the signature sheet, spreadsheet and bank file present it. */
    public PayrollSheet sheet(@NotNull YearMonth month) {
        Site site = sites.current();
        PayrollView view = get(month);
        List<PayeeRow> rows = new ArrayList<>();
        int number = 1;
        for (PayrollView.Payee payee : view.payees()) {
            if (payee.status() == PayeeStatus.CARRIED_OVER) {
                continue;
            }
            List<WorkRow> works = payee.lines().stream().map(PayrollService::workRow).toList();
            rows.add(new PayeeRow(number++, payee.name(), payee.taxCode(), payee.bankAccountNumber(), payee.bankName(), works,
                    payee.gross(), payee.tax(), payee.net()));
        }
        long gross = rows.stream().mapToLong(PayeeRow::gross).sum();
        long tax = rows.stream().mapToLong(PayeeRow::tax).sum();
        String preparer = accounts.byLogin(login()).map(Account::getFullName).orElse(null);
        return new PayrollSheet(site.getName(), site.getOwnerName(), month, view.statusLabel(), rows, gross, tax, gross - tax,
                preparer, null, site.getEditorInChief(), BusinessCalendar.dayOf(clock.instant()));
    }

    /** The site's short name, for the bank transfer's payment content. */
    public String siteShortName() {
        return sites.current().getShortName();
    }

    /** The place written on the signature sheet's date line ({@code -Dportal.royalty.place}, e.g. "Cẩm Mỹ"); none by default. */
    public String place() {
        return vn.ttdt.portal.shared.application.Settings.text("portal.royalty.place", null);
    }

    private static WorkRow workRow(PayrollView.Line line) {
        String detail = line.kind() == PayrollLine.Kind.REMUNERATION
                ? DomainTexts.text("payroll.line.remuneration")
                : DomainTexts.text("payroll.line.work", BusinessCalendar.dayLabel(line.publishedOn()),
                        line.sharePercent().stripTrailingZeros().toPlainString());
        return new WorkRow(line.title(), detail, line.coefficient(), line.amount());
    }

    private Payroll payroll(long siteId, YearMonth month) {
        return payrolls.byMonth(siteId, month).orElseThrow(() -> new NotFoundException("payroll", month));
    }

    private PayrollView view(Payroll payroll, RoyaltySchedule schedule, boolean withPayees) {
        LocalDate today = BusinessCalendar.dayOf(clock.instant());
        LocalDate settledOn = payroll.getPaidOn() != null ? payroll.getPaidOn() : today;
        int deadline = schedule.paymentDeadlineDays(payroll.month().atEndOfMonth());
        List<PayrollView.Payee> payees = new ArrayList<>();
        if (withPayees && payroll.isComputed()) {
            Map<String, List<PayrollLine>> linesByPayee = payrolls.lines(payroll.getId()).stream()
                    .collect(Collectors.groupingBy(PayrollLine::payeeKey, LinkedHashMap::new, Collectors.toList()));
            for (PayrollPayee payee : payrolls.payees(payroll.getId())) {
                List<PayrollView.Line> lines = linesByPayee.getOrDefault(payee.getPayeeKey(), List.of()).stream()
                        .map(l -> line(l, deadline, settledOn)).toList();
                payees.add(new PayrollView.Payee(payee.getPayeeKey(), payee.getPayeeName(), payee.getAccountId(), payee.getTaxCode(),
                        payee.getBankAccountNumber(), payee.getBankName(), payee.getGross(), payee.getTax(), payee.getNet(),
                        payee.isTaxCommitment(), payee.getStatus(), payee.getFailedContacts(), lines));
            }
        }
        PayrollView.Fund fund = fund(payroll, schedule);
        return new PayrollView(payroll.getPeriod(), payroll.getStatus(), DomainTexts.text(payroll.getStatus().labelKey()),
                payroll.getExecutionId(), payroll.getExpectedWorks(), payroll.getLineCount(), payroll.getRoyaltyTotal(),
                payroll.getRemunerationTotal(), payroll.getTotalGross(), payroll.getTotalTax(), payroll.getTotalNet(),
                payroll.getComputedAt(), payroll.getApprovedBy(), payroll.getApprovedAt(), payroll.getPaidOn(), fund,
                warnings(payroll, schedule, fund, payees, deadline), payees);
    }

    private PayrollView.Fund fund(Payroll payroll, RoyaltySchedule schedule) {
        int year = payroll.month().getYear();
        long used = payrolls.approvedGrossOfYear(payroll.getSiteId(), year, payroll.getId())
                + (payroll.getStatus() == PayrollStatus.DRAFT ? 0 : payroll.getTotalGross());
        Long budget = schedules.fund(payroll.getSiteId(), year).map(RoyaltyFund::getAmount).orElse(null);
        return new PayrollView.Fund(year, budget, used, budget == null ? null : budget - used);
    }

    private static List<String> warnings(Payroll payroll, RoyaltySchedule schedule, PayrollView.Fund fund, List<PayrollView.Payee> payees,
            int deadlineDays) {
        List<String> warnings = new ArrayList<>();
        if (!payroll.isComputed()) {
            return warnings;
        }
        if (fund.budget() == null) {
            warnings.add(DomainTexts.text("payroll.warning.noFund", String.valueOf(fund.year())));
        } else if (payroll.getStatus() == PayrollStatus.DRAFT
                && fund.used() + payroll.getTotalGross() > fund.budget()) {
            warnings.add(DomainTexts.text("payroll.warning.fundExceeded", payroll.getTotalGross(), fund.budget() - fund.used(),
                    String.valueOf(fund.year())));
        }
        java.math.BigDecimal cap = schedule.remunerationCapPercent(payroll.month().atEndOfMonth());
        if (PayrollRules.remunerationOverCap(payroll.getRemunerationTotal(), payroll.getRoyaltyTotal(), cap)) {
            warnings.add(DomainTexts.text("payroll.warning.remunerationOverCap", payroll.getRemunerationTotal(), cap,
                    payroll.getRoyaltyTotal()));
        }
        long noBank = payees.stream().filter(p -> p.net() > 0 && (p.bankAccountNumber() == null || p.bankAccountNumber().isBlank())).count();
        if (noBank > 0) {
            warnings.add(DomainTexts.text("payroll.warning.noBankAccount", noBank));
        }
        long overdue = payees.stream().filter(p -> p.status() == PayeeStatus.DUE).flatMap(p -> p.lines().stream())
                .filter(PayrollView.Line::overdue).count();
        if (overdue > 0) {
            warnings.add(DomainTexts.text("payroll.warning.overdue", overdue, deadlineDays));
        }
        return warnings;
    }

    private static PayrollView.Line line(PayrollLine l, int deadlineDays, LocalDate settledOn) {
        LocalDate payBy = l.publishedOn() == null ? null : PayrollRules.payBy(l.publishedOn(), deadlineDays);
        return new PayrollView.Line(l.lineKey(), l.kind(), l.itemId(), l.title(), l.publishedOn(), l.coefficient(), l.unitValue(),
                l.adjustmentPercent(), l.workAmount(), l.sharePercent(), l.amount(), payBy, payBy != null && settledOn.isAfter(payBy));
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
