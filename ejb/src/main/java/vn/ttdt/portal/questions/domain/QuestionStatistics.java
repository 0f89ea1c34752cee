package vn.ttdt.portal.questions.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.ttdt.portal.shared.domain.WorkingCalendar;

/**
 * Counts the questions received in a period by line (unit, field): each question once, by its {@link CountedQuestion#outcome()};
 * the average answering time in working days after the day of forwarding, to one decimal.
 */
public final class QuestionStatistics {

    private final WorkingCalendar calendar;

    public QuestionStatistics(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** One tally per label {@code lineOf} gives, in the labels' order. */
    public List<QuestionTally> byLine(Collection<CountedQuestion> questions, Function<CountedQuestion, String> lineOf) {
        Map<String, List<CountedQuestion>> lines = new TreeMap<>();
        questions.forEach(q -> lines.computeIfAbsent(lineOf.apply(q), label -> new ArrayList<>()).add(q));
        return lines.entrySet().stream().map(line -> tally(line.getKey(), line.getValue())).toList();
    }

    public QuestionTally tally(String label, Collection<CountedQuestion> questions) {
        long[] counts = new long[CountedQuestion.Outcome.values().length];
        long answered = 0;
        long workingDays = 0;
        for (CountedQuestion question : questions) {
            counts[question.outcome().ordinal()]++;
            if (question.isAnswered() && question.forwardedOn() != null && question.answeredOn() != null) {
                answered++;
                workingDays += calendar.workingDaysAfter(question.forwardedOn(), question.answeredOn());
            }
        }
        Double average = answered == 0 ? null : Math.round(10.0 * workingDays / answered) / 10.0;
        return new QuestionTally(label, questions.size(), counts[CountedQuestion.Outcome.ON_TIME.ordinal()],
                counts[CountedQuestion.Outcome.LATE.ordinal()], counts[CountedQuestion.Outcome.DECLINED.ordinal()],
                counts[CountedQuestion.Outcome.SPAM.ordinal()], counts[CountedQuestion.Outcome.IN_PROGRESS.ordinal()], average);
    }
}
