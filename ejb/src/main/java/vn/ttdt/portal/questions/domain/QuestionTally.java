package vn.ttdt.portal.questions.domain;

import java.io.Serializable;

/**
 * The figures of one line of the questions' statistics (a unit, a field, or all): received, answered on time and late,
 * declined, spam, still in progress, and the average working days from forwarding to the unit's answer (null when
 * none was answered).
 */
public record QuestionTally(String label, long received, long onTime, long late, long declined, long spam, long inProgress,
                            Double averageWorkingDays) implements Serializable {

    /** The share of answered questions answered on time, in whole per cent; null when none was answered. */
    public Integer onTimePercent() {
        long answered = onTime + late;
        return answered == 0 ? null : (int) Math.round(100.0 * onTime / answered);
    }
}
