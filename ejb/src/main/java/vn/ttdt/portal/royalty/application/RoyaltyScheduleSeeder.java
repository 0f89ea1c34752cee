package vn.ttdt.portal.royalty.application;

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
import vn.ttdt.portal.royalty.domain.RoyaltyDefaults;
import vn.ttdt.portal.royalty.domain.RoyaltyScheduleRepository;
import vn.ttdt.portal.royalty.domain.ScheduledBand;
import vn.ttdt.portal.royalty.domain.ScheduledRemunerationRole;
import vn.ttdt.portal.royalty.domain.ScheduledValue;

/** Gives every site without a royalty schedule the defaults of docs/domain.md as its first effective-dated rows. */
@PermitAll
@Singleton
@Startup
@DependsOn("FirstStart")
public class RoyaltyScheduleSeeder {

    private static final Logger LOG = Logger.getLogger(RoyaltyScheduleSeeder.class.getName());
    private static final String SYSTEM = "system";

    @Inject
    private SiteRepository sites;

    @Inject
    private RoyaltyScheduleRepository schedules;

    @Inject
    private Clock clock;

    @PostConstruct
    void seed() {
        Instant now = clock.instant();
        for (Site site : sites.all()) {
            if (!schedules.isEmpty(site.getId())) {
                continue;
            }
            RoyaltyDefaults.values().forEach(v -> schedules.add(
                    new ScheduledValue(site.getId(), v.parameter(), v.effectiveFrom(), v.value(), SYSTEM, now)));
            RoyaltyDefaults.bands().forEach(b -> schedules.add(
                    new ScheduledBand(site.getId(), b.genre(), b.effectiveFrom(), b.band(), SYSTEM, now)));
            RoyaltyDefaults.remunerationRoles().forEach(r -> schedules.add(
                    new ScheduledRemunerationRole(site.getId(), r, RoyaltyDefaults.DECREE_18_2014, SYSTEM, now)));
            LOG.info(() -> "Default royalty schedule written for site " + site.getCode());
        }
    }
}
