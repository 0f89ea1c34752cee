package vn.ttdt.portal.site.statistics.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.site.statistics.domain.DayVisits;
import vn.ttdt.portal.site.statistics.domain.VisitRepository;

/** The visitor statistics of a period (at most {@value #LONGEST_DAYS} days) for the editorial board and the IT administrator. */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME, Role.IT_ADMIN_NAME})
public class VisitReports {

    public static final int LONGEST_DAYS = 366;
    static final int TOP = 20;

    @Inject
    private VisitRepository visits;

    @Inject
    private SiteDirectory sites;

    public VisitReport of(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= LONGEST_DAYS) {
            throw new BusinessRuleException("visits.period.invalid", "bad period " + from + "–" + to, LONGEST_DAYS);
        }
        Site site = sites.forReading();
        List<DayVisits> days = everyDay(from, to, visits.days(site, from, to));
        return new VisitReport(from, to, days, days.stream().mapToLong(DayVisits::views).sum(),
                days.stream().mapToLong(DayVisits::visitors).sum(), visits.topPages(site, from, to, TOP),
                visits.categories(site, from, to, TOP), visits.referrers(site, from, to, TOP));
    }

    static List<DayVisits> everyDay(LocalDate from, LocalDate to, List<DayVisits> counted) {
        Map<LocalDate, DayVisits> byDay = counted.stream().collect(Collectors.toMap(DayVisits::day, Function.identity()));
        List<DayVisits> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(byDay.getOrDefault(day, new DayVisits(day, 0, 0)));
        }
        return days;
    }
}
