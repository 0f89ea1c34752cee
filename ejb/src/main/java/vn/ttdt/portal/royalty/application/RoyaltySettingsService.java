package vn.ttdt.portal.royalty.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountFilter;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.royalty.domain.CoefficientBand;
import vn.ttdt.portal.royalty.domain.RemunerationAssignment;
import vn.ttdt.portal.royalty.domain.RemunerationRole;
import vn.ttdt.portal.royalty.domain.RoyaltyFund;
import vn.ttdt.portal.royalty.domain.RoyaltyParameter;
import vn.ttdt.portal.royalty.domain.RoyaltyScheduleRepository;
import vn.ttdt.portal.royalty.domain.ScheduledBand;
import vn.ttdt.portal.royalty.domain.ScheduledRemunerationRole;
import vn.ttdt.portal.royalty.domain.ScheduledValue;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;

/**
 * The royalty schedule kept by finance and the board: values, bands and role coefficients each from a date
 * (a change is a new row from its date, so earlier months keep the rules they were paid by), the board members
 * holding paid roles, and the yearly fund.
 */
@Stateless
@RolesAllowed({Role.FINANCE_NAME, Role.APPROVER_NAME})
public class RoyaltySettingsService {

    @Inject
    private RoyaltyScheduleRepository schedules;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public ScheduleView view() {
        long siteId = siteId();
        return new ScheduleView(
                schedules.values(siteId).stream().map(v -> new ScheduleView.Value(v.getId(), v.getName(), v.getEffectiveFrom(),
                        v.getValue(), v.getChangedBy())).toList(),
                schedules.bands(siteId).stream().map(b -> new ScheduleView.Band(b.getId(), b.getGenre(), b.getEffectiveFrom(),
                        b.getMinCoefficient(), b.getMaxCoefficient())).toList(),
                schedules.remunerationRoles(siteId).stream().map(r -> new ScheduleView.Role(r.getId(), r.getCode(), r.getName(),
                        r.getCoefficient(), r.getEffectiveFrom())).toList(),
                schedules.assignments(siteId).stream().map(a -> new ScheduleView.Assignment(a.getId(), a.getAccountId(),
                        accounts.byId(a.getAccountId()).map(Account::getFullName).orElse("?"), a.getRoleCode(), a.getValidFrom(),
                        a.getValidTo())).toList(),
                schedules.funds(siteId).stream().map(f -> new ScheduleView.Fund(f.getYear(), f.getAmount(), f.getChangedBy())).toList());
    }

    /** Active accounts of the editorial board (editors and approvers), who may hold a paid role. */
    public List<ScheduleView.Member> boardMembers() {
        java.util.Map<Long, ScheduleView.Member> members = new java.util.TreeMap<>();
        for (Role role : List.of(Role.APPROVER, Role.EDITOR)) {
            accounts.search(sites.current(), new AccountFilter(null, role, null, true), PageRequest.first(100)).items()
                    .forEach(a -> members.put(a.getId(), new ScheduleView.Member(a.getId(), a.getFullName() + " (" + a.getLogin() + ")")));
        }
        return List.copyOf(members.values());
    }

    public void setValue(@NotNull(message = "{royalty.parameter.required}") RoyaltyParameter parameter,
            @NotNull(message = "{royalty.effectiveFrom.required}") LocalDate effectiveFrom,
            @NotNull(message = "{royalty.value.required}") BigDecimal value) {
        if (!parameter.accepts(value)) {
            throw new BusinessRuleException("royalty.value.range", parameter + "=" + value, value, parameter.min(), parameter.max());
        }
        long siteId = siteId();
        Instant now = clock.instant();
        schedules.value(siteId, parameter, effectiveFrom).ifPresentOrElse(v -> v.change(value, login(), now),
                () -> schedules.add(new ScheduledValue(siteId, parameter, effectiveFrom, value, login(), now)));
        changed(parameter + " from " + effectiveFrom + " = " + value);
    }

    public void setBand(@NotNull(message = "{royalty.genre.required}") Genre genre,
            @NotNull(message = "{royalty.effectiveFrom.required}") LocalDate effectiveFrom,
            @NotNull(message = "{royalty.coefficient.required}") BigDecimal min,
            @NotNull(message = "{royalty.coefficient.required}") BigDecimal max) {
        CoefficientBand band = new CoefficientBand(min, max);
        long siteId = siteId();
        Instant now = clock.instant();
        schedules.band(siteId, genre, effectiveFrom).ifPresentOrElse(b -> b.change(band, login(), now),
                () -> schedules.add(new ScheduledBand(siteId, genre, effectiveFrom, band, login(), now)));
        changed("band " + genre + " from " + effectiveFrom + " = " + min + "–" + max);
    }

    public void setRole(@NotBlank(message = "{royalty.role.code.required}") @Pattern(regexp = "[A-Z_]{2,30}",
                    message = "{royalty.role.code.pattern}") String code,
            @NotBlank(message = "{royalty.role.name.required}") @Size(max = 120) String name,
            @NotNull(message = "{royalty.coefficient.required}") BigDecimal coefficient,
            @NotNull(message = "{royalty.effectiveFrom.required}") LocalDate effectiveFrom) {
        if (coefficient.signum() < 0 || coefficient.compareTo(BigDecimal.valueOf(100)) > 0 || coefficient.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("royalty.role.coefficient", "role coefficient " + coefficient);
        }
        RemunerationRole role = new RemunerationRole(code, name.strip(), coefficient);
        long siteId = siteId();
        Instant now = clock.instant();
        schedules.remunerationRole(siteId, code, effectiveFrom).ifPresentOrElse(r -> r.change(role, login(), now),
                () -> schedules.add(new ScheduledRemunerationRole(siteId, role, effectiveFrom, login(), now)));
        changed("role " + code + " from " + effectiveFrom + " = " + coefficient);
    }

    public void assign(long accountId, @NotBlank(message = "{royalty.role.code.required}") String roleCode,
            @NotNull(message = "{royalty.effectiveFrom.required}") LocalDate validFrom, LocalDate validTo) {
        long siteId = siteId();
        accounts.byId(sites.current(), accountId)
                .orElseThrow(() -> new BusinessRuleException("royalty.assignment.account", "no account " + accountId));
        if (schedules.remunerationRoles(siteId).stream().noneMatch(r -> r.getCode().equals(roleCode))) {
            throw new BusinessRuleException("royalty.assignment.role", "no role " + roleCode);
        }
        schedules.add(new RemunerationAssignment(siteId, accountId, roleCode, validFrom, validTo));
        changed("account " + accountId + " holds " + roleCode + " " + validFrom + "–" + validTo);
    }

    public void endAssignment(long assignmentId, @NotNull(message = "{royalty.validTo.required}") LocalDate lastDay) {
        RemunerationAssignment assignment = schedules.assignment(assignmentId)
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        assignment.endOn(lastDay);
        changed("assignment " + assignmentId + " ends " + lastDay);
    }

    public void setFund(@Min(value = 2000, message = "{royalty.fund.year}") int year,
            @PositiveOrZero(message = "{royalty.fund.amount}") long amount) {
        long siteId = siteId();
        Instant now = clock.instant();
        schedules.fund(siteId, year).ifPresentOrElse(f -> f.change(amount, login(), now),
                () -> schedules.add(new RoyaltyFund(siteId, year, amount, login(), now)));
        changed("fund " + year + " = " + amount);
    }

    private void changed(String details) {
        audit.record(login(), AuditAction.ROYALTY_SCHEDULE_CHANGED, "royalty-schedule", siteId(), details, origin.remoteAddress());
    }

    private long siteId() {
        return sites.current().getId();
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
