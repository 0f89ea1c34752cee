package vn.ttdt.portal.questions.application;

import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.questions.domain.QuestionTally;

/** The questions received from {@code from} to {@code to} counted per unit, per field and in all. */
public record QuestionFiguresReport(LocalDate from, LocalDate to, List<QuestionTally> byUnit, List<QuestionTally> byField,
                                    QuestionTally total) {
}
