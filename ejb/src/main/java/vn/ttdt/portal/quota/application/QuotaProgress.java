package vn.ttdt.portal.quota.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.application.SupervisedGroups;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.quota.domain.Assessed;
import vn.ttdt.portal.quota.domain.QuotaRule;
import vn.ttdt.portal.quota.domain.TrafficLight;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * A unit reporter's own unit and its quota this quarter, counted now by the same counting as the quota job
 * ({@link QuotaCounts}, the rule in force), so that the reporter sees what is still missing before the next run.
 */
@Stateless
@RolesAllowed(Role.UNIT_REPORTER_NAME)
public class QuotaProgress {

    @Inject
    private QuotaCounts counts;

    @Inject
    private SupervisedGroups supervised;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Clock clock;

    /** The caller's unit's progress this quarter; empty when the caller has no unit of this site. */
    public Optional<UnitProgress> ofMyUnit() {
        Site site = sites.current();
        Optional<Unit> mine = supervised.unitOfCaller();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = mine.get();
        Instant now = clock.instant();
        Quarter quarter = Quarter.of(now);
        long daysLeft = ChronoUnit.DAYS.between(BusinessCalendar.dayOf(now), quarter.lastDay()) + 1;
        Optional<QuotaRule> rule = counts.ruleInForce(site, unit.getGroup(), quarter);
        Optional<Assessed<Unit>> assessed = rule.flatMap(r -> assessed(r.assess(counts.of(site, unit.getGroup(), quarter)), unit));
        return Optional.of(new UnitProgress(unit.getName(), unit.getGroup().getName(), QuotaResults.quarterLabel(quarter), daysLeft,
                assessed.map(Assessed::ofGroup).orElse(false),
                assessed.map(a -> a.compliance().measures()).orElse(List.of()),
                assessed.map(a -> TrafficLight.of(a.compliance().measures(), quarter, now)).orElse(null)));
    }

    private static Optional<Assessed<Unit>> assessed(List<Assessed<Unit>> rows, Unit unit) {
        return rows.stream().filter(row -> row.ofGroup() || row.unit().get().getId().equals(unit.getId())).findFirst();
    }
}
