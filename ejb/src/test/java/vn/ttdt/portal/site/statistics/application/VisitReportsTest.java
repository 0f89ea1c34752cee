package vn.ttdt.portal.site.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.site.statistics.domain.DayVisits;

class VisitReportsTest {

    @Test
    void everyDayOfThePeriodIsShownTheDaysWithoutVisitsAsZero() {
        LocalDate first = LocalDate.of(2026, 2, 27);
        List<DayVisits> days = VisitReports.everyDay(first, LocalDate.of(2026, 3, 2),
                List.of(new DayVisits(LocalDate.of(2026, 2, 28), 12, 4), new DayVisits(LocalDate.of(2026, 3, 2), 3, 1)));
        assertEquals(List.of(new DayVisits(first, 0, 0), new DayVisits(LocalDate.of(2026, 2, 28), 12, 4),
                new DayVisits(LocalDate.of(2026, 3, 1), 0, 0), new DayVisits(LocalDate.of(2026, 3, 2), 3, 1)), days);
    }
}
