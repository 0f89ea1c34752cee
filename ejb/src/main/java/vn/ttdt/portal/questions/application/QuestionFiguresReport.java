package vn.ttdt.portal.questions.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.questions.domain.QuestionTally;

/**
 * The questions received from {@code from} to {@code to} counted per unit, per field and in all, and how many of them
 * are overdue today (forwarded, unanswered, past their deadline); of one unit ({@code unit} its name) or of all
 * ({@code unit} null).
 */
public record QuestionFiguresReport(LocalDate from, LocalDate to, List<QuestionTally> byUnit, List<QuestionTally> byField,
                                    QuestionTally total, long overdue, String unit) implements Serializable {
}
