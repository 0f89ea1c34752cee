package vn.ttdt.portal.quota.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteRepository;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;
import vn.ttdt.portal.quota.domain.QuotaDefaults;
import vn.ttdt.portal.quota.domain.QuotaRule;
import vn.ttdt.portal.quota.domain.QuotaRuleRepository;

/** Gives every site without quota rules the appendix's defaults (docs/domain.md) for the groups whose codes it knows. */
@PermitAll
@Singleton
@Startup
@DependsOn("FirstStart")
public class QuotaRuleSeeder {

    private static final Logger LOG = Logger.getLogger(QuotaRuleSeeder.class.getName());
    private static final String SYSTEM = "system";

    @Inject
    private SiteRepository sites;

    @Inject
    private UnitGroupRepository groups;

    @Inject
    private QuotaRuleRepository rules;

    @Inject
    private Clock clock;

    @PostConstruct
    void seed() {
        Instant now = clock.instant();
        for (Site site : sites.all()) {
            if (!rules.allOf(site).isEmpty()) {
                continue;
            }
            for (UnitGroup group : groups.allOf(site)) {
                QuotaDefaults.forGroup(group.getCode()).ifPresent(rule -> rules.add(new QuotaRule(site, group,
                        QuotaDefaults.FROM, rule.scope(), rule.targets(), SYSTEM, now)));
            }
            LOG.info(() -> "Default quota rules written for site " + site.getCode());
        }
    }
}
