package vn.ttdt.portal.procedures.domain;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;
import vn.ttdt.portal.organisation.domain.Unit;

public interface OneStopResultRepository extends SiteOwnedRepository<OneStopResult> {

    /** The results of {@code site} for a month, by unit name. */
    List<OneStopResult> ofPeriod(Site site, YearMonth period);

    /** The results of {@code site} from {@code first} to {@code last} inclusive, by month then unit name. */
    List<OneStopResult> between(Site site, YearMonth first, YearMonth last);

    /** The months of {@code site} that have results, latest first. */
    List<YearMonth> periods(Site site);

    /** Removes the month's results of the given units (every unit when {@code units} is null); how many were removed. */
    int remove(Site site, YearMonth period, Collection<Unit> units);

    OneStopResult add(OneStopResult result);
}
