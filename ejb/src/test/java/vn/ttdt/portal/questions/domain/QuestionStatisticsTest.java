package vn.ttdt.portal.questions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.CalendarDay;
import vn.ttdt.portal.shared.domain.WorkingCalendar;

/** Figures counted by hand over a small January 2023, with Tết (20–26 January) off. */
class QuestionStatisticsTest {

    private static final String NOT_FORWARDED = "Chưa chuyển";
    private static final WorkingCalendar TET_2023 = new WorkingCalendar(List.of(
            CalendarDay.holiday(LocalDate.of(2023, 1, 20), "Tết"), CalendarDay.holiday(LocalDate.of(2023, 1, 23), "Tết"),
            CalendarDay.holiday(LocalDate.of(2023, 1, 24), "Tết"), CalendarDay.holiday(LocalDate.of(2023, 1, 25), "Tết"),
            CalendarDay.holiday(LocalDate.of(2023, 1, 26), "Tết")));
    private static final String COMMUNE = "UBND xã Long Giao";
    private static final String JUSTICE = "Phòng Tư pháp";

    /**
     * 1 on time after 4 working days (13 → 19 Jan); 2 late after 5 (deadline 18, answered 27 across Tết); 3 declined;
     * 4 still with the commune; 5 answered on its deadline day after 5 working days (16 → 30 Jan); 6 spam; 7 not forwarded.
     */
    private static final List<CountedQuestion> JANUARY = List.of(
            question(QuestionField.LAND, COMMUNE, QuestionState.ANSWER_DRAFTED, 13, 34, 19),
            question(QuestionField.LAND, COMMUNE, QuestionState.PUBLISHED, 13, 18, 27),
            question(QuestionField.CONSTRUCTION, COMMUNE, QuestionState.DECLINED, 13, 27, 16),
            question(QuestionField.CONSTRUCTION, COMMUNE, QuestionState.FORWARDED, 13, 18, null),
            question(QuestionField.CONSTRUCTION, JUSTICE, QuestionState.ANSWER_APPROVED, 16, 30, 30),
            question(QuestionField.OTHER, null, QuestionState.SPAM, null, null, null),
            question(QuestionField.LAND, null, QuestionState.RECEIVED, null, null, null));

    private static CountedQuestion question(QuestionField field, String unit, QuestionState state, Integer forwarded,
                                            Integer deadline, Integer answered) {
        return new CountedQuestion(field, unit, state, day(forwarded), day(deadline), day(answered));
    }

    private static LocalDate day(Integer ofJanuary) {
        return ofJanuary == null ? null : LocalDate.of(2023, 1, 1).plusDays(ofJanuary - 1);
    }

    private final QuestionStatistics statistics = new QuestionStatistics(TET_2023);

    @Test
    void perUnitEachQuestionCountsOnceWithTheAverageWorkingDaysOfTheAnsweredOnes() {
        List<QuestionTally> units = statistics.byLine(JANUARY, q -> q.unitName() == null ? NOT_FORWARDED : q.unitName());

        assertEquals(List.of(
                new QuestionTally(NOT_FORWARDED, 2, 0, 0, 0, 1, 1, null),
                new QuestionTally(JUSTICE, 1, 1, 0, 0, 0, 0, 5.0),
                new QuestionTally(COMMUNE, 4, 1, 1, 1, 0, 1, 4.5)), units);
        assertEquals(100, units.get(1).onTimePercent());
        assertEquals(50, units.get(2).onTimePercent());
        assertNull(units.get(0).onTimePercent());
    }

    @Test
    void perFieldAndInAll() {
        assertEquals(List.of(
                new QuestionTally("CONSTRUCTION", 3, 1, 0, 1, 0, 1, 5.0),
                new QuestionTally("LAND", 3, 1, 1, 0, 0, 1, 4.5),
                new QuestionTally("OTHER", 1, 0, 0, 0, 1, 0, null)), statistics.byLine(JANUARY, q -> q.field().name()));
        QuestionTally all = statistics.tally("Tổng", JANUARY);
        assertEquals(new QuestionTally("Tổng", 7, 2, 1, 1, 1, 2, 4.7), all, "(4 + 5 + 5) / 3 = 4.67 working days");
        assertEquals(67, all.onTimePercent());
    }

    @Test
    void anAnswerOnTheDeadlineDayIsOnTimeAndTheDayAfterIsLate() {
        CountedQuestion onTheDay = question(QuestionField.LAND, COMMUNE, QuestionState.PUBLISHED, 13, 19, 19);
        CountedQuestion afterTet = question(QuestionField.LAND, COMMUNE, QuestionState.SENT_PRIVATELY, 13, 19, 27);
        assertEquals(CountedQuestion.Outcome.ON_TIME, onTheDay.outcome());
        assertEquals(CountedQuestion.Outcome.LATE, afterTet.outcome());
    }

    @Test
    void onlyAForwardedQuestionUnansweredAfterTheCloseOfItsDeadlineIsOverdue() {
        CountedQuestion waiting = question(QuestionField.LAND, COMMUNE, QuestionState.FORWARDED, 13, 18, null);
        CountedQuestion drafted = question(QuestionField.LAND, COMMUNE, QuestionState.ANSWER_DRAFTED, 13, 18, 27);
        assertFalse(waiting.isOverdueOn(day(18)), "on the deadline day itself");
        assertTrue(waiting.isOverdueOn(day(19)));
        assertFalse(drafted.isOverdueOn(day(30)), "answered late, but answered");
        assertEquals(1, JANUARY.stream().filter(q -> q.isOverdueOn(day(31))).count(), "of January's, only the commune's open one");
    }
}
