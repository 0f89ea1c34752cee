package vn.ttdt.portal.site.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.site.statistics.domain.CategoryVisits;
import vn.ttdt.portal.site.statistics.domain.CounterFigures;
import vn.ttdt.portal.site.statistics.domain.DayVisits;
import vn.ttdt.portal.site.statistics.domain.MonthVisits;
import vn.ttdt.portal.site.statistics.domain.PageTitle;
import vn.ttdt.portal.site.statistics.domain.PageVisits;
import vn.ttdt.portal.site.statistics.domain.ReferrerVisits;
import vn.ttdt.portal.site.statistics.domain.VisitBatch;
import vn.ttdt.portal.site.statistics.domain.VisitRepository;
import vn.ttdt.portal.site.statistics.domain.VisitedPage;

class StoredYearlyVisitFiguresTest {

    private static final Site SITE = new Site("cam-my", "Cổng TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");

    @Test
    void theYearsTwelveMonthsAreSummedFromTheDaysOfTheWholeYearOfTheCurrentSite() {
        List<String> asked = new ArrayList<>();
        VisitRepository visits = new DaysOnly(asked, List.of(new DayVisits(LocalDate.of(2025, 2, 3), 100, 40),
                new DayVisits(LocalDate.of(2025, 2, 28), 50, 10), new DayVisits(LocalDate.of(2025, 11, 1), 7, 3)));
        YearlyVisitFigures figures = new StoredYearlyVisitFigures(visits, () -> SITE);

        List<MonthVisits> months = figures.monthsOf(2025);

        assertEquals(List.of("Cẩm Mỹ 2025-01-01 2025-12-31"), asked);
        assertEquals(12, months.size());
        assertEquals(new MonthVisits(YearMonth.of(2025, 1), 0, 0), months.get(0));
        assertEquals(new MonthVisits(YearMonth.of(2025, 2), 150, 50), months.get(1));
        assertEquals(new MonthVisits(YearMonth.of(2025, 11), 7, 3), months.get(10));
        assertEquals(157, months.stream().mapToLong(MonthVisits::views).sum());
    }

    /** A repository that answers only {@link #days} and records what it was asked. */
    private record DaysOnly(List<String> asked, List<DayVisits> stored) implements VisitRepository {

        @Override
        public List<DayVisits> days(Site site, LocalDate from, LocalDate to) {
            asked.add(site.getShortName() + " " + from + " " + to);
            return stored;
        }

        @Override
        public void add(Site site, VisitBatch batch, Map<VisitedPage, PageTitle> titles) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void countAndForgetVisitorsBefore(LocalDate day) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PageVisits> topPages(Site site, LocalDate from, LocalDate to, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CategoryVisits> categories(Site site, LocalDate from, LocalDate to, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ReferrerVisits> referrers(Site site, LocalDate from, LocalDate to, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CounterFigures counter(Site site, LocalDate today, Instant onlineSince) {
            throw new UnsupportedOperationException();
        }
    }
}
