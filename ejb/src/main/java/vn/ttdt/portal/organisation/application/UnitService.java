package vn.ttdt.portal.organisation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.domain.Contact;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SupervisorAssignment;
import vn.ttdt.portal.organisation.domain.SupervisorAssignmentRepository;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitFilter;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.domain.StaleDataException;

/** Units and unit groups: listed by all staff, maintained by the IT administrator. Every change is audited. */
@Stateless
@RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME,
        Role.QUOTA_SUPERVISOR_NAME, Role.FINANCE_NAME, Role.IT_ADMIN_NAME})
public class UnitService {

    @Inject
    private UnitRepository units;

    @Inject
    private UnitGroupRepository groups;

    @Inject
    private SupervisorAssignmentRepository assignments;

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

    @PermitAll
    public List<UnitGroupSummary> groups() {
        Site site = sites.current();
        List<SupervisorAssignment> supervisors = assignments.allOf(site);
        LocalDate today = BusinessCalendar.dayOf(clock.instant());
        return groups.allOf(site).stream().map(group -> UnitGroupSummary.of(group, supervisors, today)).toList();
    }

    public Page<UnitSummary> search(@NotNull UnitFilter filter, @NotNull PageRequest page) {
        return units.search(sites.current(), filter, page).map(UnitSummary::of);
    }

    @PermitAll
    public List<UnitSummary> activeUnits() {
        return units.active(sites.current()).stream().map(UnitSummary::of).toList();
    }

    public UnitSummary get(long id) {
        return UnitSummary.of(find(id));
    }

    @RolesAllowed(Role.IT_ADMIN_NAME)
    public UnitSummary create(@NotNull @Valid UnitDraft draft) {
        Site site = sites.current();
        refuseDuplicates(site, draft, null);
        Unit unit = units.add(new Unit(site, group(draft.groupId()), draft.name(), draft.shortName(),
                contactOf(draft), clock.instant()));
        audit.record(actor(), AuditAction.UNIT_CREATED, "unit", unit.getId(), describe(draft), origin.remoteAddress());
        return UnitSummary.of(unit);
    }

    @RolesAllowed(Role.IT_ADMIN_NAME)
    public UnitSummary update(long id, @NotNull @Valid UnitDraft draft) {
        Unit unit = find(id);
        StaleDataException.check("unit", id, draft.version(), unit.getVersion());
        refuseDuplicates(unit.getSite(), draft, unit);
        unit.describe(group(draft.groupId()), draft.name(), draft.shortName(), contactOf(draft), clock.instant());
        audit.record(actor(), AuditAction.UNIT_UPDATED, "unit", id, describe(draft), origin.remoteAddress());
        return UnitSummary.of(unit);
    }

    @RolesAllowed(Role.IT_ADMIN_NAME)
    public UnitSummary deactivate(long id) {
        Unit unit = find(id);
        unit.deactivate(clock.instant());
        audit.record(actor(), AuditAction.UNIT_DEACTIVATED, "unit", id, unit.getName(), origin.remoteAddress());
        return UnitSummary.of(unit);
    }

    @RolesAllowed(Role.IT_ADMIN_NAME)
    public UnitSummary reactivate(long id) {
        Unit unit = find(id);
        unit.reactivate(clock.instant());
        audit.record(actor(), AuditAction.UNIT_REACTIVATED, "unit", id, unit.getName(), origin.remoteAddress());
        return UnitSummary.of(unit);
    }

    private void refuseDuplicates(Site site, UnitDraft draft, Unit self) {
        units.byName(site, draft.name().strip()).filter(other -> other != self).ifPresent(other -> {
            throw new BusinessRuleException("unit.name.duplicate", "unit name taken: " + draft.name());
        });
        units.byShortName(site, draft.shortName().strip()).filter(other -> other != self).ifPresent(other -> {
            throw new BusinessRuleException("unit.shortName.duplicate", "unit short name taken: " + draft.shortName());
        });
    }

    private Unit find(long id) {
        return units.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private UnitGroup group(long id) {
        return groups.byId(sites.current(), id)
                .orElseThrow(() -> new BusinessRuleException("unit.group.unknown", "no unit group " + id));
    }

    private static Contact contactOf(UnitDraft draft) {
        return new Contact(draft.contactPerson(), draft.phone(), draft.email(), draft.address());
    }

    private static String describe(UnitDraft draft) {
        return "name=" + draft.name() + "; shortName=" + draft.shortName() + "; group=" + draft.groupId()
                + "; contact=" + draft.contactPerson() + ", " + draft.phone() + ", " + draft.email();
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
