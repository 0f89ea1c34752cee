package vn.ttdt.portal.quota.domain;

import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;
import vn.ttdt.portal.organisation.domain.UnitGroup;

public interface QuotaRuleRepository extends SiteOwnedRepository<QuotaRule> {

    /** Every rule of {@code site}, by group and then effective quarter. */
    List<QuotaRule> allOf(Site site);

    /** The rules of one group, earliest first. */
    List<QuotaRule> ofGroup(Site site, UnitGroup group);

    QuotaRule add(QuotaRule rule);
}
