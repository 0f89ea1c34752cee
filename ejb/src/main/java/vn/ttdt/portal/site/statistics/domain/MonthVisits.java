package vn.ttdt.portal.site.statistics.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A month's page views and visitors. Visitors are told apart within a day only (their keys change every day), so a
 * month's visitors are the sum of its days' visitors: one person on three days counts three times.
 */
public record MonthVisits(YearMonth month, long views, long visitors) {

    /** The twelve months of {@code year} in order, each the sum of its days among {@code days} (none: zero). */
    public static List<MonthVisits> ofYear(int year, List<DayVisits> days) {
        long[] views = new long[12];
        long[] visitors = new long[12];
        for (DayVisits day : days) {
            if (day.day().getYear() == year) {
                views[day.day().getMonthValue() - 1] += day.views();
                visitors[day.day().getMonthValue() - 1] += day.visitors();
            }
        }
        List<MonthVisits> months = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            months.add(new MonthVisits(YearMonth.of(year, m + 1), views[m], visitors[m]));
        }
        return List.copyOf(months);
    }
}
