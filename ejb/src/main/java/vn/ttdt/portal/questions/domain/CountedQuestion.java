package vn.ttdt.portal.questions.domain;

import java.time.LocalDate;

/**
 * A question as the statistics count it: its field, the unit it went to (none while not forwarded), where it stands,
 * and the Vietnamese days it was forwarded, due and answered (or declined) by the unit.
 */
public record CountedQuestion(QuestionField field, String unitName, QuestionState state, LocalDate forwardedOn,
                              LocalDate deadline, LocalDate answeredOn) {

    /** How the question counts. */
    public enum Outcome { ON_TIME, LATE, DECLINED, SPAM, IN_PROGRESS }

    /**
     * Spam and declined as such; answered (drafted, approved, published or sent) on time when the unit's answer came by
     * the close of the deadline, else late; everything else is still in progress.
     */
    public Outcome outcome() {
        return switch (state) {
            case SPAM -> Outcome.SPAM;
            case DECLINED -> Outcome.DECLINED;
            case ANSWER_DRAFTED, ANSWER_APPROVED, PUBLISHED, SENT_PRIVATELY ->
                    deadline == null || answeredOn == null || !answeredOn.isAfter(deadline) ? Outcome.ON_TIME : Outcome.LATE;
            case RECEIVED, FORWARDED -> Outcome.IN_PROGRESS;
        };
    }

    /** Forwarded and still unanswered after the close of its deadline, as of {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return state == QuestionState.FORWARDED && deadline != null && today.isAfter(deadline);
    }

    public boolean isAnswered() {
        Outcome outcome = outcome();
        return outcome == Outcome.ON_TIME || outcome == Outcome.LATE;
    }
}
