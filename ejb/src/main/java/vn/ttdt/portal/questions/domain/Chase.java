package vn.ttdt.portal.questions.domain;

import java.time.LocalDate;
import java.util.Optional;
import vn.ttdt.portal.shared.domain.WorkingCalendar;

/**
 * A reminder owed to the unit that has not answered a forwarded question: {@link Kind#DUE_SOON} two working days
 * before its deadline, {@link Kind#OVERDUE} on every working day after it, with the working days late. Nothing on a
 * day off, and nothing on the deadline itself or the working day just before it.
 */
public record Chase(Kind kind, int workingDays) {

    public static final int DAYS_BEFORE = 2;

    public enum Kind { DUE_SOON, OVERDUE }

    /** The reminder owed on {@code today} for an unanswered question due by the close of {@code deadline}, if any. */
    public static Optional<Chase> owedOn(WorkingCalendar calendar, LocalDate deadline, LocalDate today) {
        if (deadline == null || !calendar.isWorkingDay(today)) {
            return Optional.empty();
        }
        if (today.isAfter(deadline)) {
            return Optional.of(new Chase(Kind.OVERDUE, calendar.workingDaysAfter(deadline, today)));
        }
        if (calendar.workingDaysAfter(today, deadline) == DAYS_BEFORE) {
            return Optional.of(new Chase(Kind.DUE_SOON, DAYS_BEFORE));
        }
        return Optional.empty();
    }
}
