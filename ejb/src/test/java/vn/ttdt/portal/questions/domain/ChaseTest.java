package vn.ttdt.portal.questions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.CalendarDay;
import vn.ttdt.portal.shared.domain.WorkingCalendar;

class ChaseTest {

    private static final WorkingCalendar TET_2023 = new WorkingCalendar(List.of(
            CalendarDay.holiday(LocalDate.of(2023, 1, 20), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2023, 1, 23), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2023, 1, 24), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2023, 1, 25), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2023, 1, 26), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2023, 5, 3), "Nghỉ hoán đổi"),
            CalendarDay.makeUpDay(LocalDate.of(2023, 5, 6), "Làm bù cho ngày 03/5")));

    private static Map<LocalDate, Chase> owedFrom(LocalDate deadline, LocalDate first, LocalDate last) {
        Map<LocalDate, Chase> owed = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate today = day;
            Chase.owedOn(TET_2023, deadline, today).ifPresent(chase -> owed.put(today, chase));
        }
        return owed;
    }

    @Test
    void aDeadlineBeforeTetIsChasedTwoWorkingDaysAheadThenOnEveryWorkingDayAfterTheWeekendsAndTheHoliday() {
        Map<LocalDate, Chase> owed = owedFrom(LocalDate.of(2023, 1, 18), LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 31));

        Map<LocalDate, Chase> expected = new LinkedHashMap<>();
        expected.put(LocalDate.of(2023, 1, 16), new Chase(Chase.Kind.DUE_SOON, 2));
        expected.put(LocalDate.of(2023, 1, 19), new Chase(Chase.Kind.OVERDUE, 1));
        expected.put(LocalDate.of(2023, 1, 27), new Chase(Chase.Kind.OVERDUE, 2));
        expected.put(LocalDate.of(2023, 1, 30), new Chase(Chase.Kind.OVERDUE, 3));
        expected.put(LocalDate.of(2023, 1, 31), new Chase(Chase.Kind.OVERDUE, 4));
        assertEquals(expected, owed);
    }

    @Test
    void twoWorkingDaysBeforeAMondayDeadlineIsTheThursdayAcrossTheWeekend() {
        assertEquals(Map.of(LocalDate.of(2023, 2, 9), new Chase(Chase.Kind.DUE_SOON, 2)),
                owedFrom(LocalDate.of(2023, 2, 13), LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 13)));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayToChaseOnAndASwappedDayOffIsNot() {
        Map<LocalDate, Chase> owed = owedFrom(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 3), LocalDate.of(2023, 5, 8));

        assertEquals(List.of(LocalDate.of(2023, 5, 4), LocalDate.of(2023, 5, 5), LocalDate.of(2023, 5, 6), LocalDate.of(2023, 5, 8)),
                List.copyOf(owed.keySet()));
        assertEquals(new Chase(Chase.Kind.OVERDUE, 4), owed.get(LocalDate.of(2023, 5, 8)));
    }

    @Test
    void nothingIsOwedWithoutADeadline() {
        assertEquals(Map.of(), owedFrom(null, LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 31)));
    }
}
