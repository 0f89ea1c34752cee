package vn.ttdt.portal.questions.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A forwarded question its unit has not answered by the deadline: how many working days late, when last chased. */
public record OverdueQuestion(long id, String code, String title, String field, Long unitId, String unitName,
                              LocalDate deadline, int workingDaysLate, LocalDate lastReminder) implements Serializable {
}
