package vn.ttdt.portal.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.quota.domain.ComplianceTables.StoredRow;
import vn.ttdt.portal.shared.domain.Quarter;

class ReminderCalendarTest {

    private static final Quarter Q1 = new Quarter(2023, 1);

    @Test
    void onlyARunOfTheCurrentQuarterInItsLastMonthReminds() {
        assertFalse(ReminderCalendar.remindsOn(Q1, LocalDate.of(2023, 1, 31)), "first month");
        assertFalse(ReminderCalendar.remindsOn(Q1, LocalDate.of(2023, 2, 28)), "second month");
        assertTrue(ReminderCalendar.remindsOn(Q1, LocalDate.of(2023, 3, 1)));
        assertTrue(ReminderCalendar.remindsOn(Q1, LocalDate.of(2023, 3, 31)));
        assertFalse(ReminderCalendar.remindsOn(Q1, LocalDate.of(2023, 4, 3)), "a run of a quarter that has ended");
        assertFalse(ReminderCalendar.remindsOn(new Quarter(2022, 1), LocalDate.of(2023, 3, 6)), "the same month a year later");
        assertTrue(ReminderCalendar.remindsOn(new Quarter(2023, 4), LocalDate.of(2023, 12, 4)));
    }

    @Test
    void aWeekRunsFromMondayToSundayAndTheDaysLeftCountTodayAndTheQuartersLastDay() {
        assertEquals(LocalDate.of(2023, 3, 6), ReminderCalendar.weekOf(LocalDate.of(2023, 3, 6)));
        assertEquals(LocalDate.of(2023, 3, 6), ReminderCalendar.weekOf(LocalDate.of(2023, 3, 12)));
        assertEquals(LocalDate.of(2023, 3, 13), ReminderCalendar.weekOf(LocalDate.of(2023, 3, 13)));
        assertEquals(26, ReminderCalendar.daysLeft(Q1, LocalDate.of(2023, 3, 6)));
        assertEquals(1, ReminderCalendar.daysLeft(Q1, LocalDate.of(2023, 3, 31)));
    }

    @Test
    void whatIsMissingCountsOnlyTheMeasuresTheRuleAsksAndNeverBelowZero() {
        assertEquals(new Missing(3, 1, 0), Missing.of(row(3, 0, 1, 0, null, 0)));
        assertEquals(new Missing(0, 0, 1), Missing.of(row(null, 5, null, 2, 4, 3)));
        assertTrue(Missing.of(row(1, 4, 1, 1, null, 0)).nothing());
    }

    private static StoredRow row(Integer news, int achievedNews, Integer articles, int achievedArticles, Integer posted,
            int achievedPosted) {
        return new StoredRow(1, 2, "Khối", 3L, "Xã", QuotaScope.EACH_UNIT, news, achievedNews, articles, achievedArticles,
                posted == null ? 0 : posted, posted, achievedPosted, 0, 0, 0, false, false, 1, 0);
    }
}
