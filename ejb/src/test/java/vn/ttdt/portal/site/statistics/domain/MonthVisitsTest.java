package vn.ttdt.portal.site.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthVisitsTest {

    @Test
    void everyMonthOfTheYearIsTheSumOfItsDaysAndOtherYearsAreLeftOut() {
        List<MonthVisits> months = MonthVisits.ofYear(2026, List.of(
                new DayVisits(LocalDate.of(2025, 12, 31), 1000, 100),
                new DayVisits(LocalDate.of(2026, 1, 1), 30, 7),
                new DayVisits(LocalDate.of(2026, 1, 31), 12, 5),
                new DayVisits(LocalDate.of(2026, 3, 15), 4, 1),
                new DayVisits(LocalDate.of(2026, 12, 31), 9, 2),
                new DayVisits(LocalDate.of(2027, 1, 1), 1000, 100)));
        assertEquals(12, months.size());
        assertEquals(new MonthVisits(YearMonth.of(2026, 1), 42, 12), months.get(0));
        assertEquals(new MonthVisits(YearMonth.of(2026, 2), 0, 0), months.get(1));
        assertEquals(new MonthVisits(YearMonth.of(2026, 3), 4, 1), months.get(2));
        assertEquals(new MonthVisits(YearMonth.of(2026, 12), 9, 2), months.get(11));
    }
}
