package vn.ttdt.portal.procedures.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.procedures.domain.OneStopCounts;
import vn.ttdt.portal.procedures.domain.OneStopResult;
import vn.ttdt.portal.procedures.domain.OneStopResultRepository;

/** The published one-stop statistics, for citizens and the back-office alike: a month per unit with its total, and the trend by month. */
@Stateless
@PermitAll
public class OneStopStatistics {

    /** A month's rows by unit (by unit name) and their total; empty rows when nothing was imported for it. */
    public record Month(String period, List<OneStopFigures> units, OneStopFigures total) implements Serializable {
    }

    @Inject
    private OneStopResultRepository results;

    @Inject
    private SiteDirectory sites;

    /** The months that have results, latest first. */
    public List<String> periods() {
        return results.periods(sites.forReading()).stream().map(YearMonth::toString).toList();
    }

    public Month month(YearMonth period) {
        List<OneStopResult> rows = results.ofPeriod(sites.forReading(), period);
        OneStopCounts total = OneStopCounts.zero();
        List<OneStopFigures> figures = new ArrayList<>();
        for (OneStopResult r : rows) {
            figures.add(OneStopFigures.of(r.getUnit().getName(), r.getCounts()));
            total = total.plus(r.getCounts());
        }
        return new Month(period.toString(), figures, OneStopFigures.of("Tổng cộng", total));
    }

    /** The totals of every month from {@code months − 1} months before {@code last} to {@code last}, months without results included as zeros. */
    public List<OneStopFigures> trend(YearMonth last, int months) {
        Site site = sites.forReading();
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, OneStopCounts> byMonth = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m, OneStopCounts.zero());
        }
        for (OneStopResult r : results.between(site, first, last)) {
            byMonth.merge(r.getPeriod(), r.getCounts(), OneStopCounts::plus);
        }
        return byMonth.entrySet().stream().map(e -> OneStopFigures.of(e.getKey().toString(), e.getValue())).toList();
    }
}
