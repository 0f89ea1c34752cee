package vn.ttdt.portal.site.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.site.statistics.domain.MonthVisits;
import vn.ttdt.portal.site.statistics.domain.VisitRepository;

/** {@link YearlyVisitFigures} summed from the counted days of the current site. */
@ApplicationScoped
public class StoredYearlyVisitFigures implements YearlyVisitFigures {

    private VisitRepository visits;
    private Supplier<Site> site;

    protected StoredYearlyVisitFigures() {
    }

    @Inject
    StoredYearlyVisitFigures(VisitRepository visits, SiteDirectory sites) {
        this(visits, sites::forReading);
    }

    StoredYearlyVisitFigures(VisitRepository visits, Supplier<Site> site) {
        this.visits = visits;
        this.site = site;
    }

    @Override
    public List<MonthVisits> monthsOf(int year) {
        return MonthVisits.ofYear(year, visits.days(site.get(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
}
