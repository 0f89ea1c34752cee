package vn.ttdt.portal.quota.domain;

import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * The operating plan's appendix (docs/domain.md, "Quarterly quotas"): the rule each of the five unit groups a site
 * starts with, by the group's code, in force from {@link #FROM} so that every quarter with content has a rule. The
 * board changes them afterwards with rules from later quarters.
 */
public final class QuotaDefaults {

    /** One default rule: the group's code, its scope and its targets. */
    public record DefaultRule(String groupCode, QuotaScope scope, QuotaTargets targets) {
    }

    public static final Quarter FROM = new Quarter(2000, 1);

    public static final List<DefaultRule> RULES = List.of(
            new DefaultRule("DEPARTMENTS", QuotaScope.EACH_UNIT, QuotaTargets.articles(1)),
            new DefaultRule("COMMUNES", QuotaScope.EACH_UNIT, QuotaTargets.newsAndArticles(1, 1)),
            new DefaultRule("PARTY_MASS_ORGS", QuotaScope.GROUP_TOGETHER, QuotaTargets.articles(3)),
            new DefaultRule("CULTURE_CENTRE", QuotaScope.EACH_UNIT, QuotaTargets.newsAndArticles(30, 3)),
            new DefaultRule("CULTURE_OFFICE", QuotaScope.EACH_UNIT, QuotaTargets.postedPercent(100)));

    private QuotaDefaults() {
    }

    public static Optional<DefaultRule> forGroup(String groupCode) {
        return RULES.stream().filter(rule -> rule.groupCode().equals(groupCode)).findFirst();
    }
}
