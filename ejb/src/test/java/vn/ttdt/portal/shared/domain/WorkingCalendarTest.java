package vn.ttdt.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines in working days across weekends, public holidays, Tết and make-up Saturdays. */
class WorkingCalendarTest {

    private static final List<CalendarDay> YEAR_2023 = List.of(
            CalendarDay.holiday(LocalDate.of(2023, 1, 2), "Nghỉ bù Tết Dương lịch"),
            CalendarDay.holiday(LocalDate.of(2023, 1, 20), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2023, 1, 23), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2023, 1, 24), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2023, 1, 25), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2023, 1, 26), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2023, 5, 1), "Quốc tế Lao động"),
            CalendarDay.holiday(LocalDate.of(2023, 5, 2), "Nghỉ bù"),
            CalendarDay.holiday(LocalDate.of(2023, 5, 3), "Nghỉ hoán đổi"),
            CalendarDay.makeUpDay(LocalDate.of(2023, 5, 6), "Làm bù cho ngày 03/5"));

    private final WorkingCalendar calendar = new WorkingCalendar(YEAR_2023);

    @Test
    void aQuestionReceivedTheFridayBeforeTetHasItsTenWorkingDaysAfterTet() {
        LocalDate friday = LocalDate.of(2023, 1, 13);

        // 16–19 January are days 1–4; Tết closes 20–26 January; 27 January is day 5; 3 February day 10
        assertEquals(LocalDate.of(2023, 2, 3), calendar.deadline(friday, 10));
    }

    @Test
    void withoutAnyHolidayTenWorkingDaysAreTwoWeeks() {
        WorkingCalendar plain = new WorkingCalendar(List.of());

        assertEquals(LocalDate.of(2023, 1, 27), plain.deadline(LocalDate.of(2023, 1, 13), 10));
    }

    @Test
    void aWeekendIsSkippedAndTheDeadlineFallsOnAWorkingDay() {
        LocalDate friday = LocalDate.of(2023, 3, 10);

        assertEquals(LocalDate.of(2023, 3, 13), calendar.deadline(friday, 1));
        assertEquals(LocalDate.of(2023, 3, 17), calendar.deadline(friday, 5));
        assertEquals(LocalDate.of(2023, 3, 13), calendar.deadline(LocalDate.of(2023, 3, 11), 1));
    }

    @Test
    void aMakeUpSaturdayCountsAndTheSwappedDayDoesNot() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2023, 5, 6)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 5, 3)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 5, 7)));

        // Friday 28 April: 29 Apr–3 May are off, Saturday 6 May is worked, so day 1 is 4 May and day 3 is 6 May
        assertEquals(LocalDate.of(2023, 5, 6), calendar.deadline(LocalDate.of(2023, 4, 28), 3));
        assertEquals(LocalDate.of(2023, 5, 8), calendar.deadline(LocalDate.of(2023, 4, 28), 4));
    }

    @Test
    void workingDaysAfterADayCountTheSameWayAsDeadlines() {
        LocalDate friday = LocalDate.of(2023, 1, 13);

        assertEquals(10, calendar.workingDaysAfter(friday, LocalDate.of(2023, 2, 3)));
        assertEquals(4, calendar.workingDaysAfter(friday, LocalDate.of(2023, 1, 26)));
        assertEquals(0, calendar.workingDaysAfter(friday, friday));
    }

    @Test
    void aDeadlineIsAtLeastOneWorkingDay() {
        assertThrows(IllegalArgumentException.class, () -> calendar.deadline(LocalDate.of(2023, 1, 13), 0));
    }
}
