package vn.ttdt.portal.quota.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.application.GroupScope;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.application.SupervisedGroups;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;
import vn.ttdt.portal.quota.domain.ComplianceTables;
import vn.ttdt.portal.quota.domain.QuotaRule;
import vn.ttdt.portal.quota.domain.QuotaRuleRepository;
import vn.ttdt.portal.quota.domain.RuleChangeWindow;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * The quota rules (chỉ tiêu tin, bài) of the unit groups, effective from a quarter. The board's approvers and the IT
 * administrator read and set every group's rules; a quota supervisor reads those of the groups they supervise. A rule
 * is set from any quarter none of whose final results it would alter ({@link RuleChangeWindow}), as a new rule, or as
 * a change of the group's rule from that very quarter. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME, Role.QUOTA_SUPERVISOR_NAME})
public class QuotaRuleService {

    @Inject
    private QuotaRuleRepository rules;

    @Inject
    private UnitGroupRepository groups;

    @Inject
    private SupervisedGroups supervised;

    @Inject
    private ComplianceTables tables;

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

    /** The rules of the groups the caller sees, by group and then quarter, each marked when it is in force now. */
    public List<QuotaRuleView> rules() {
        GroupScope scope = supervised.ofCaller();
        List<QuotaRule> visible = rules.allOf(sites.current()).stream()
                .filter(rule -> scope.includes(rule.getGroup().getId())).toList();
        Quarter current = currentQuarter();
        Set<Long> inForce = visible.stream().collect(Collectors.groupingBy(rule -> rule.getGroup().getId())).values().stream()
                .map(ofGroup -> QuotaRule.inForce(ofGroup, current)).flatMap(Optional::stream)
                .map(QuotaRule::getId).collect(Collectors.toSet());
        return visible.stream().map(rule -> QuotaRuleView.of(rule, inForce.contains(rule.getId()))).toList();
    }

    /** Sets a group's rule from a quarter, never so that it would govern a quarter whose results are final. */
    @RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME})
    public QuotaRuleView set(@NotNull @Valid QuotaRuleDraft draft) {
        Site site = sites.current();
        UnitGroup group = groups.byId(site, draft.groupId())
                .orElseThrow(() -> new BusinessRuleException("quota.rule.group.unknown", "no unit group " + draft.groupId()));
        Quarter from = draft.effectiveFrom();
        Quarter current = currentQuarter();
        List<QuotaRule> ofGroup = rules.ofGroup(site, group);
        Optional<Quarter> nextRule = ofGroup.stream().map(QuotaRule::effectiveFrom).filter(start -> start.isAfter(from))
                .min(Quarter::compareTo);
        RuleChangeWindow.refuseFinalised(from, nextRule, tables.finalQuarters(site.getId()));
        Optional<QuotaRule> sameQuarter = ofGroup.stream().filter(rule -> rule.effectiveFrom().equals(from)).findFirst();
        QuotaRule rule;
        if (sameQuarter.isPresent()) {
            rule = sameQuarter.get();
            rule.revise(draft.scope(), draft.targets(), actor(), clock.instant());
        } else {
            rule = rules.add(new QuotaRule(site, group, from, draft.scope(), draft.targets(), actor(), clock.instant()));
        }
        audit.record(actor(), AuditAction.QUOTA_RULE_SET, "quota-rule", rule.getId(),
                draft.describe(group.getCode()) + (sameQuarter.isPresent() ? "; changed" : "; added"), origin.remoteAddress());
        return QuotaRuleView.of(rule, QuotaRule.inForce(rules.ofGroup(site, group), current)
                .map(inForce -> inForce.getId().equals(rule.getId())).orElse(false));
    }

    private Quarter currentQuarter() {
        return Quarter.of(clock.instant());
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
