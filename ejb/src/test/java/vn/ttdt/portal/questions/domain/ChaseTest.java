package vn.ttdt.portal.questions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The reminders owed day by day from {@code first} to {@code last} to a question forwarded weeks before, as the timer sends them. */
    private static Map<LocalDate, Chase> owedFrom(LocalDate deadline, LocalDate first, LocalDate last) {
        return owedOn(LocalDate.of(2022, 12, 1), deadline, first, last, Set.of());
    }

    /** As {@link #owedFrom}, for a question forwarded on {@code forwarded}, with the server down on the days {@code down}. */
    private static Map<LocalDate, Chase> owedOn(LocalDate forwarded, LocalDate deadline, LocalDate first, LocalDate last, Set<LocalDate> down) {
        Map<LocalDate, Chase> owed = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate today = day;
            boolean dueSoonSent = owed.values().stream().anyMatch(chase -> chase.kind() == Chase.Kind.DUE_SOON);
            if (!down.contains(today)) {
                Chase.owedOn(TET_2023, forwarded, deadline, today, dueSoonSent).ifPresent(chase -> owed.put(today, chase));
            }
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

    @Test
    void aDueSoonReminderMissedWhileTheServerWasDownGoesOutOnceOnTheNextWorkingDayWithTheDaysLeft() {
        Map<LocalDate, Chase> owed = owedOn(LocalDate.of(2023, 1, 4), LocalDate.of(2023, 1, 18), LocalDate.of(2023, 1, 9),
                LocalDate.of(2023, 1, 19), Set.of(LocalDate.of(2023, 1, 16)));

        Map<LocalDate, Chase> expected = new LinkedHashMap<>();
        expected.put(LocalDate.of(2023, 1, 17), new Chase(Chase.Kind.DUE_SOON, 1));
        expected.put(LocalDate.of(2023, 1, 19), new Chase(Chase.Kind.OVERDUE, 1));
        assertEquals(expected, owed, "Monday missed: Tuesday, 1 day left; nothing again on Wednesday");
    }

    @Test
    void aServerDownFromTheTwoDaysBeforeToTheDeadlineWarnsOnTheDeadlineDayAndNotAfterIt() {
        Map<LocalDate, Chase> owed = owedOn(LocalDate.of(2023, 1, 4), LocalDate.of(2023, 1, 18), LocalDate.of(2023, 1, 16),
                LocalDate.of(2023, 1, 19), Set.of(LocalDate.of(2023, 1, 16), LocalDate.of(2023, 1, 17)));

        assertEquals(new Chase(Chase.Kind.DUE_SOON, 0), owed.get(LocalDate.of(2023, 1, 18)));
        assertEquals(new Chase(Chase.Kind.OVERDUE, 1), owed.get(LocalDate.of(2023, 1, 19)));
        assertEquals(2, owed.size());
    }

    @Test
    void aQuestionForwardedAfterItsTwoDaysBeforeDayGetsNoDueSoonReminderButOneForwardedOnThatDayDoes() {
        assertEquals(Map.of(), owedOn(LocalDate.of(2023, 1, 17), LocalDate.of(2023, 1, 18), LocalDate.of(2023, 1, 17),
                LocalDate.of(2023, 1, 18), Set.of()), "forwarded with one working day to answer");
        assertEquals(Map.of(LocalDate.of(2023, 1, 16), new Chase(Chase.Kind.DUE_SOON, 2)), owedOn(LocalDate.of(2023, 1, 16),
                LocalDate.of(2023, 1, 18), LocalDate.of(2023, 1, 16), LocalDate.of(2023, 1, 18), Set.of()));
    }
}
