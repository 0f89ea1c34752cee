package vn.ttdt.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteRepository;
import vn.ttdt.portal.royalty.domain.RemunerationAssignment;
import vn.ttdt.portal.royalty.domain.RoyaltyFund;
import vn.ttdt.portal.royalty.domain.RoyaltyScheduleRepository;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * Demo royalty data: the approver holds the board head's paid role and the editor an editor's since 2023, and the
 * 2023 and current years have a royalty fund, so the payroll screens show remuneration and the fund at once.
 */
@PermitAll
@Singleton
@Startup
@DependsOn("RoyaltyScheduleSeeder")
public class DemoRoyalty {

    @Inject
    private SiteRepository sites;

    @Inject
    private AccountRepository accounts;

    @Inject
    private RoyaltyScheduleRepository schedules;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!Settings.flag("portal.demo-data")) {
            return;
        }
        Site site = sites.byCode(SiteDirectory.DEFAULT_CODE).orElse(null);
        if (site == null || !schedules.assignments(site.getId()).isEmpty()) {
            return;
        }
        LocalDate from = LocalDate.of(2023, 1, 1);
        accounts.byLogin("pheduyet.demo").ifPresent(a -> schedules.add(new RemunerationAssignment(site.getId(), a.getId(), "HEAD", from, null)));
        accounts.byLogin("bientap.demo").ifPresent(a -> schedules.add(new RemunerationAssignment(site.getId(), a.getId(), "EDITOR", from, null)));
        int thisYear = Year.from(clock.instant().atZone(BusinessCalendar.ZONE)).getValue();
        schedules.add(new RoyaltyFund(site.getId(), 2023, 120_000_000L, "system", clock.instant()));
        if (thisYear != 2023) {
            schedules.add(new RoyaltyFund(site.getId(), thisYear, 150_000_000L, "system", clock.instant()));
        }
    }
}
