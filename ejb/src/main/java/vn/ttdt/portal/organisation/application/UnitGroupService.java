package vn.ttdt.portal.organisation.application;

import jakarta.annotation.Resource;
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
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountFilter;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SupervisorAssignment;
import vn.ttdt.portal.organisation.domain.SupervisorAssignmentRepository;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * Unit groups (khối) and who supervises their quotas, by dated assignment. The board's approvers and the IT
 * administrator see and maintain every group; a quota supervisor sees only the groups they supervise today, and
 * another group answers like an unknown one. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME, Role.QUOTA_SUPERVISOR_NAME})
public class UnitGroupService {

    private static final String MAINTAINER = Role.APPROVER_NAME;

    @Inject
    private UnitGroupRepository groups;

    @Inject
    private SupervisorAssignmentRepository assignments;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SupervisedGroups supervised;

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

    public List<UnitGroupDetails> list() {
        Site site = sites.current();
        GroupScope scope = supervised.ofCaller();
        List<SupervisorAssignment> all = assignments.allOf(site);
        return groups.allOf(site).stream().filter(group -> scope.includes(group.getId()))
                .map(group -> UnitGroupDetails.of(group, all, today())).toList();
    }

    public UnitGroupDetails get(long id) {
        return details(visible(id));
    }

    @RolesAllowed({MAINTAINER, Role.IT_ADMIN_NAME})
    public UnitGroupDetails create(@NotNull @Valid UnitGroupDraft draft) {
        Site site = sites.current();
        List<UnitGroup> existing = groups.allOf(site);
        if (existing.stream().anyMatch(group -> group.getCode().equals(draft.code()))) {
            throw new BusinessRuleException("unitGroup.code.duplicate", "group code taken: " + draft.code());
        }
        int order = existing.stream().mapToInt(UnitGroup::getSortOrder).max().orElse(0) + 1;
        UnitGroup group = groups.add(new UnitGroup(site, draft.code(), draft.name().strip(), draft.supervisorTitle().strip(), order));
        audit.record(actor(), AuditAction.UNIT_GROUP_CREATED, "unit-group", group.getId(), describe(draft), origin.remoteAddress());
        return details(group);
    }

    @RolesAllowed({MAINTAINER, Role.IT_ADMIN_NAME})
    public UnitGroupDetails update(long id, @NotNull @Valid UnitGroupDraft draft) {
        UnitGroup group = find(id);
        if (!group.getCode().equals(draft.code())) {
            throw new BusinessRuleException("unitGroup.code.fixed", "group code " + group.getCode() + " kept");
        }
        group.describe(draft.name().strip(), draft.supervisorTitle().strip());
        audit.record(actor(), AuditAction.UNIT_GROUP_UPDATED, "unit-group", id, describe(draft), origin.remoteAddress());
        return details(group);
    }

    @RolesAllowed({MAINTAINER, Role.IT_ADMIN_NAME})
    public UnitGroupDetails assign(long groupId, @NotNull @Valid SupervisionDraft draft) {
        UnitGroup group = find(groupId);
        Account supervisor = accounts.byId(sites.current(), draft.accountId())
                .orElseThrow(() -> new BusinessRuleException("unitGroup.supervisor.unknown", "no account " + draft.accountId()));
        SupervisorAssignment assignment = assignments.add(new SupervisorAssignment(group, supervisor, draft.validFrom(),
                draft.validTo(), actor(), clock.instant()));
        audit.record(actor(), AuditAction.SUPERVISOR_ASSIGNED, "unit-group", groupId, "assignment=" + assignment.getId()
                + "; supervisor=" + supervisor.getLogin() + "; from=" + draft.validFrom() + "; to=" + draft.validTo(),
                origin.remoteAddress());
        return details(group);
    }

    @RolesAllowed({MAINTAINER, Role.IT_ADMIN_NAME})
    public UnitGroupDetails endAssignment(long groupId, long assignmentId, @NotNull @Valid SupervisionEnd end) {
        UnitGroup group = find(groupId);
        SupervisorAssignment assignment = assignments.byId(sites.current(), assignmentId)
                .filter(a -> a.getGroup().getId().equals(group.getId()))
                .orElseThrow(() -> new NotFoundException("supervisor-assignment", assignmentId));
        assignment.endOn(end.validTo(), actor(), clock.instant());
        audit.record(actor(), AuditAction.SUPERVISOR_ASSIGNMENT_ENDED, "unit-group", groupId, "assignment=" + assignmentId
                + "; supervisor=" + assignment.getSupervisor().getLogin() + "; to=" + end.validTo(), origin.remoteAddress());
        return details(group);
    }

    /** The active accounts holding the quota-supervisor role, for the choice of a group's supervisor. */
    @RolesAllowed({MAINTAINER, Role.IT_ADMIN_NAME})
    public List<SupervisorChoice> supervisorChoices() {
        return accounts.search(sites.current(), new AccountFilter(null, Role.QUOTA_SUPERVISOR, null, true),
                        PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(a -> new SupervisorChoice(a.getId(), a.getLogin(), a.getFullName())).toList();
    }

    private UnitGroup visible(long id) {
        if (!supervised.ofCaller().includes(id)) {
            throw new NotFoundException("unit-group", id);
        }
        return find(id);
    }

    private UnitGroup find(long id) {
        return groups.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("unit-group", id));
    }

    private UnitGroupDetails details(UnitGroup group) {
        return UnitGroupDetails.of(group, assignments.allOf(group.getSite()), today());
    }

    private LocalDate today() {
        return BusinessCalendar.dayOf(clock.instant());
    }

    private static String describe(UnitGroupDraft draft) {
        return "code=" + draft.code() + "; name=" + draft.name() + "; supervisorTitle=" + draft.supervisorTitle();
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
